package fr.recueil.chapter.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterRevision;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.ChapterTransition;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import fr.recueil.organisation.ui.PeopleNames;
import fr.recueil.security.CurrentUser;
import fr.recueil.chapter.WorkflowService;
import fr.recueil.base.ui.RouteEntry;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * A chapter's history: every transition with who, when, from which state to which and why, newest
 * first; and every stored revision, each viewable as it was.
 */
@Route("chapitres/:id/historique")
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.DIRECTOR, Role.Names.REVIEWER, Role.Names.COMMUNICATION, Role.Names.ADMIN})
class ChapterHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient ChapterService chapters;
    private final transient WorkflowService workflow;
    private final transient PeopleNames names;
    private final transient CurrentUser currentUser;
    private final WorkflowActions actions;
    private final Div header = new Div();
    private final Div timeline = new Div();
    private final Div revisions = new Div();
    private long chapterId;
    private String title = "";

    ChapterHistoryView(ChapterService chapters, WorkflowService workflow, UserService users, CurrentUser currentUser) {
        this.chapters = chapters;
        this.workflow = workflow;
        this.names = new PeopleNames(users);
        this.currentUser = currentUser;
        this.actions = new WorkflowActions(workflow, currentUser, this::reload);
        addClassNames("recueil-page", "recueil-history");
        setId("chapter-history");
        timeline.addClassName("recueil-timeline");
        timeline.setId("history-timeline");
        revisions.addClassName("recueil-revisions");
        revisions.setId("history-revisions");
        add(header, section("review.history.transitions", timeline), section("review.history.revisions", revisions));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteEntry.load(event, ID, id -> {
            chapterId = id;
            reload();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.history.pageTitle", title);
    }

    private void reload() {
        ChapterSummary summary = chapters.summary(chapterId);
        Chapter chapter = chapters.chapter(chapterId);
        title = summary.title();
        header.removeAll();
        Div meta = new Div(StateBadge.of(this, chapter.getState()),
                new Span(getTranslation("review.header.annex", summary.annexNumber(), summary.directionName(), summary.campaignYear())));
        meta.addClassName("recueil-review-meta");
        actions.show(chapter);
        ViewHeader viewHeader = new ViewHeader(getTranslation("review.history.title", summary.title()));
        if (currentUser.hasRole(Role.REVIEWER) || currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COMMUNICATION)) {
            Anchor review = new Anchor("relecture/" + chapterId, getTranslation("review.history.toReview"));
            review.setId("to-review");
            viewHeader.withActions(review);
        }
        header.add(viewHeader, meta, actions);
        showTimeline(workflow.history(chapterId));
        showRevisions(workflow.revisions(chapterId));
    }

    private Div section(String titleKey, Div content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.addClassName("recueil-section");
        return section;
    }

    private void showTimeline(List<ChapterTransition> history) {
        timeline.removeAll();
        if (history.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("review.history.none")));
            return;
        }
        for (ChapterTransition transition : history.reversed()) {
            Div entry = new Div();
            entry.addClassName("recueil-timeline-entry");
            entry.getElement().setAttribute("data-verb", transition.getVerb().name());
            Span when = new Span(Formats.dateTime(transition.getOccurredAt(), getLocale()));
            when.addClassName("recueil-timeline-when");
            Span what = new Span(getTranslation("review.history.by", getTranslation(transition.getVerb().historyKey()),
                    names.of(transition.getActor())));
            what.addClassName("recueil-timeline-what");
            Div states = new Div();
            states.addClassName("recueil-timeline-states");
            if (transition.getFromState() != null) {
                states.add(StateBadge.of(this, transition.getFromState()), new Span(" → "));
            }
            states.add(StateBadge.of(this, transition.getToState()));
            entry.add(when, what, states);
            if (transition.getReason() != null) {
                Paragraph reason = new Paragraph(transition.getReason());
                reason.addClassName("recueil-timeline-reason");
                entry.add(reason);
            }
            if (transition.getRevision() != null) {
                Span revision = new Span(getTranslation("review.history.storedRevision", transition.getRevision()));
                revision.addClassName("recueil-timeline-revision");
                entry.add(revision);
            }
            timeline.add(entry);
        }
    }

    private void showRevisions(List<ChapterRevision> stored) {
        revisions.removeAll();
        if (stored.isEmpty()) {
            revisions.add(new Paragraph(getTranslation("review.history.noRevision")));
            return;
        }
        for (ChapterRevision revision : stored.reversed()) {
            Div row = new Div();
            row.addClassName("recueil-revision-row");
            Span label = new Span(revisionLabel(revision));
            Button view = new Button(getTranslation("review.history.view"), click -> open(revision));
            view.addThemeVariants(ButtonVariant.LUMO_SMALL);
            view.setId("revision-" + revision.getNumber());
            row.add(label, view);
            revisions.add(row);
        }
    }

    private String revisionLabel(ChapterRevision revision) {
        return getTranslation("review.history.revision", revision.getNumber(),
                getTranslation("review.revision.kind." + revision.getKind().name()),
                Formats.dateTime(revision.getCreatedAt(), getLocale()), names.of(revision.getCreatedBy()));
    }

    private void open(ChapterRevision revision) {
        Dialog dialog = new Dialog();
        dialog.setId("revision-dialog");
        dialog.addClassName("recueil-revision-dialog");
        dialog.setHeaderTitle(revisionLabel(revision));
        dialog.setWidth("min(60rem, 95vw)");
        Div content = new Div();
        content.addClassName("recueil-rendered-content");
        ContentRenderer.blocks(this, revision.getContent(), ContentRenderer.imagesOf(chapters)).forEach(content::add);
        dialog.add(content);
        Button close = new Button(getTranslation("review.action.close"), click -> dialog.close());
        close.setId("revision-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}

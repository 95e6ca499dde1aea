package fr.recueil.review.ui;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.chapter.content.Block;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import fr.recueil.review.Comment;
import fr.recueil.review.CommentService;
import fr.recueil.review.ContentDiff;
import fr.recueil.review.ReviewService;
import fr.recueil.security.CurrentUser;
import fr.recueil.chapter.WorkflowService;
import fr.recueil.chapter.ui.ContentRenderer;
import fr.recueil.organisation.ui.PeopleNames;
import fr.recueil.chapter.ui.StateBadge;
import fr.recueil.chapter.ui.WorkflowActions;
import fr.recueil.base.ui.RouteEntry;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DEMO's review of one chapter: where it stands and the actions the reviewer may take now, what
 * changed (since their last reading, against last year), and the chapter block by block with each
 * block's comment threads next to it. The communication team reads it without acting.
 */
@Route("relecture/:id")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMIN, Role.Names.COMMUNICATION})
class ChapterReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final String BASELINES = ChapterReviewView.class.getName() + ".baselines";
    private static final Set<WorkflowVerb> REVIEW_VERBS =
            Set.of(WorkflowVerb.START_REVIEW, WorkflowVerb.APPROVE, WorkflowVerb.REQUEST_CHANGES, WorkflowVerb.REOPEN);

    private final transient ChapterService chapters;
    private final transient ReviewService review;
    private final transient WorkflowService workflow;
    private final transient CommentService comments;
    private final transient CurrentUser currentUser;
    private final transient PeopleNames names;
    private final WorkflowActions actions;
    private final Div header = new Div();
    private final DiffPanel diff = new DiffPanel();
    private final Div body = new Div();
    private long chapterId;
    private String title = "";

    ChapterReviewView(ChapterService chapters, WorkflowService workflow, ReviewService review, CommentService comments,
                      UserService users, CurrentUser currentUser) {
        this.chapters = chapters;
        this.review = review;
        this.workflow = workflow;
        this.comments = comments;
        this.currentUser = currentUser;
        this.names = new PeopleNames(users);
        this.actions = new WorkflowActions(workflow, currentUser, this::reload, REVIEW_VERBS).withHistoryLink();
        addClassNames("recueil-page", "recueil-review");
        setId("chapter-review");
        body.addClassName("recueil-review-body");
        body.setId("review-body");
        Div diffSection = new Div(new H2(getTranslation("review.diff.title")), diff);
        diffSection.addClassName("recueil-section");
        Div bodySection = new Div(new H2(getTranslation("review.body.title")), body);
        bodySection.addClassName("recueil-section");
        add(header, diffSection, bodySection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteEntry.load(event, ID, id -> {
            chapterId = id;
            reload();
            showDiff();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.pageTitle", title);
    }

    /** What changed since this reviewer last looked, then remember they have now seen it. */
    private void showDiff() {
        boolean reviewer = currentUser.hasRole(Role.REVIEWER) || currentUser.hasRole(Role.ADMIN);
        ContentDiff since = null;
        boolean firstReading = false;
        if (reviewer) {
            Baseline baseline = baseline();
            firstReading = baseline.seen() == null;
            since = java.util.Optional.ofNullable(baseline.seen()).equals(review.lastSeenRevision(chapterId))
                    ? review.sinceLastSeen(chapterId)
                    : ContentDiff.between(workflow.revisions(chapterId).stream()
                            .filter(r -> baseline.seen() == r.getNumber()).findFirst()
                            .map(fr.recueil.chapter.ChapterRevision::getContent)
                            .orElse(fr.recueil.chapter.content.ChapterContent.empty()), chapters.chapter(chapterId).getContent());
        }
        diff.show(since, firstReading, review.againstLastYear(chapterId));
        if (reviewer) {
            review.markSeen(chapterId);
        }
    }

    /**
     * The revision the reviewer had seen before they opened the chapter, kept for the session while
     * no new revision arrives: reopening or refreshing the page (or the browser entering it twice)
     * keeps showing what changed, although opening it marked the latest revision seen.
     */
    private Baseline baseline() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Map<Long, Baseline> baselines = (Map<Long, Baseline>) session.getAttribute(BASELINES);
        if (baselines == null) {
            baselines = new java.util.concurrent.ConcurrentHashMap<>();
            session.setAttribute(BASELINES, baselines);
        }
        int latest = chapters.chapter(chapterId).getLastRevision();
        Baseline known = baselines.get(chapterId);
        if (known == null || known.latest() != latest) {
            known = new Baseline(review.lastSeenRevision(chapterId).orElse(null), latest);
            baselines.put(chapterId, known);
        }
        return known;
    }

    private record Baseline(Integer seen, int latest) implements java.io.Serializable {
    }

    private void reload() {
        ChapterSummary summary = chapters.summary(chapterId);
        Chapter chapter = chapters.chapter(chapterId);
        title = summary.title();
        header.removeAll();
        actions.show(chapter);
        boolean reading = chapter.getState() == fr.recueil.chapter.ChapterState.IN_REVIEW
                || chapter.getState() == fr.recueil.chapter.ChapterState.APPROVED;
        Span assignee = new Span(chapter.getAssignee() == null ? getTranslation("review.header.unassigned")
                : getTranslation(reading ? "review.header.assignee" : "review.header.previousAssignee", names.of(chapter.getAssignee())));
        assignee.addClassName("recueil-review-assignee");
        assignee.setId("review-assignee");
        Span state = StateBadge.of(this, chapter.getState());
        state.setId("review-state");
        Div meta = new Div(state,
                new Span(getTranslation("review.header.annex", summary.annexNumber(), summary.directionName(), summary.campaignYear())),
                assignee);
        meta.addClassName("recueil-review-meta");
        header.add(new ViewHeader(summary.title()), meta, actions);
        showBody(chapter);
    }

    private void showBody(Chapter chapter) {
        body.removeAll();
        boolean mayComment = currentUser.hasRole(Role.REVIEWER) || currentUser.hasRole(Role.ADMIN);
        Map<String, List<Comment>> byBlock = comments.comments(chapterId).stream()
                .collect(Collectors.groupingBy(Comment::blockId));
        for (Block block : chapter.getContent().blocks()) {
            Div row = new Div();
            row.addClassName("recueil-review-block");
            row.getElement().setAttribute("data-block", block.id());
            row.add(ContentRenderer.block(this, block, ContentRenderer.imagesOf(chapters)),
                    new CommentThreads(comments, names, chapterId, block.id(), mayComment,
                            byBlock.getOrDefault(block.id(), List.of()), () -> showBody(chapters.chapter(chapterId))));
            body.add(row);
        }
    }
}

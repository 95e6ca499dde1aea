package fr.recueil.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.chapter.ui.StateBadge;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.Role;
import fr.recueil.home.ChapterBoard;
import fr.recueil.home.MyWork;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contributor's home: for each chapter one of their directions writes, its state, their
 * deadline and how close it is, what to do next, why it was last sent back, the latest comments,
 * and a link to open it.
 */
@Route("mes-chapitres")
@Menu(title = "nav.myChapters", order = 10, icon = "vaadin:edit")
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.DIRECTOR})
class MyChaptersView extends Div implements HasDynamicTitle {

    MyChaptersView(CampaignService campaigns, MyWork work) {
        addClassName("recueil-page");
        setId("my-chapters");
        Optional<Campaign> current = campaigns.currentCampaign();
        if (current.isEmpty()) {
            add(new ViewHeader(getTranslation("myChapters.title")), emptyState("no-campaign", getTranslation("myChapters.noCampaign")));
            return;
        }
        Campaign campaign = current.get();
        add(new ViewHeader(getTranslation("myChapters.title"), getTranslation("myChapters.campaign",
                campaign.getTitle(), Formats.date(campaign.getDeadline(), getLocale()))));
        List<MyWork.Item> items = work.mine();
        if (items.isEmpty()) {
            add(emptyState("no-chapter", getTranslation("myChapters.noChapter", campaign.getTitle())));
            return;
        }
        Div cards = new Div();
        cards.addClassName("recueil-chapter-cards");
        items.forEach(item -> cards.add(card(campaign, item)));
        add(cards);
    }

    private Div card(Campaign campaign, MyWork.Item item) {
        ChapterSummary chapter = item.chapter();
        Div card = new Div();
        card.addClassNames("recueil-chapter-card", "recueil-urgency-" + urgency(item.rag()));
        card.setId("chapter-" + chapter.id());
        card.getElement().setAttribute("data-state", chapter.state().name());

        Span annex = new Span(getTranslation("report.annex", chapter.annexNumber()));
        annex.addClassName("recueil-annex");
        Div head = new Div(annex, new H2(chapter.title()), StateBadge.of(this, chapter.state()));
        head.addClassName("recueil-chapter-card-head");
        Paragraph where = new Paragraph(chapter.directionName());
        where.addClassNames("recueil-muted", "recueil-chapter-where");
        where.setVisible(!chapter.directionName().equals(chapter.title()));

        String date = Formats.date(chapter.deadline(), getLocale());
        Div deadlineValue = new Div(new Span(date), countdown(item));
        deadlineValue.addClassName("recueil-deadline-value");
        boolean own = campaign.getDeadlineOverrides().containsKey(chapter.directionId());
        Span origin = new Span(getTranslation(own ? "myChapters.deadline.own" : "myChapters.deadline.campaign"));
        origin.addClassNames("recueil-muted", "recueil-deadline-origin");
        Div deadlineFact = fact(getTranslation("myChapters.deadline"), deadlineValue, origin);
        deadlineFact.addClassName("recueil-chapter-deadline");

        Span nextText = new Span(next(campaign, item, date));
        nextText.setId("next-" + chapter.id());
        Div nextFact = fact(getTranslation("myChapters.next"), nextText);
        if (item.next() == MyWork.Next.COMPLETE && item.lastRequest() != null) {
            Div reason = new Div(getTranslation("myChapters.next.rework", item.lastRequest()));
            reason.addClassName("recueil-rework-reason");
            nextFact.addComponentAsFirst(reason);
            nextFact.getChildren().skip(1).findFirst().ifPresent(label -> {
                nextFact.remove(label);
                nextFact.addComponentAsFirst(label);
            });
        }
        nextFact.addClassName("recueil-chapter-next");

        Div facts = new Div(deadlineFact, nextFact);
        facts.addClassName("recueil-chapter-facts");
        card.add(head, where, facts);

        if (!item.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            comments.addClassName("recueil-latest-comments");
            for (MyWork.CommentLine comment : item.comments()) {
                Span who = new Span(comment.author() + " · " + Formats.dateTime(comment.createdAt(), getLocale()));
                who.addClassName("recueil-muted");
                Span body = new Span(abbreviate(comment.body()));
                comments.add(new ListItem(who, body));
            }
            Div commentsFact = fact(getTranslation("myChapters.comments"), comments);
            commentsFact.addClassName("recueil-chapter-comments");
            card.add(commentsFact);
        }

        Anchor open = new Anchor("chapitres/" + chapter.id(), getTranslation("myChapters.open"));
        open.setId("open-" + chapter.id());
        open.addClassName("recueil-button-link");
        open.getElement().setAttribute("aria-label", getTranslation("myChapters.open.label", chapter.title()));
        Div actions = new Div(open);
        actions.addClassName("recueil-chapter-actions");
        card.add(actions);
        return card;
    }

    private String next(Campaign campaign, MyWork.Item item, String date) {
        ChapterSummary chapter = item.chapter();
        return switch (item.next()) {
            case COMPLETE -> getTranslation("myChapters.next.complete", chapter.missingRequiredBlocks().stream()
                    .map(t -> "«\u00a0" + t + "\u00a0»").collect(Collectors.joining(", ")), date);
            case SUBMIT -> getTranslation(campaign.isDirectorValidationRequired() ? "myChapters.next.submitToDirector"
                    : "myChapters.next.submit", date);
            case REWORK -> getTranslation("myChapters.next.rework", item.lastRequest() == null ? "—" : item.lastRequest());
            case AWAIT_DIRECTOR -> getTranslation("myChapters.next.awaitDirector");
            case AWAIT_REVIEW -> getTranslation("myChapters.next.awaitReview");
            case IN_REVIEW -> getTranslation("myChapters.next.inReview");
            case DONE -> getTranslation("myChapters.next.done");
        };
    }

    private Span countdown(MyWork.Item item) {
        long days = item.daysLeft();
        Span badge = new Span(days < 0 ? getTranslation("dashboard.countdown.overdue", -days)
                : getTranslation("dashboard.countdown.future", days));
        badge.addClassNames("recueil-badge", urgency(item.rag()));
        badge.getElement().setAttribute("data-rag", item.rag().name());
        return badge;
    }

    private static String urgency(ChapterBoard.Rag rag) {
        return switch (rag) {
            case RED -> "error";
            case AMBER -> "warning";
            case GREEN -> "success";
        };
    }

    private static String abbreviate(String text) {
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199) + "…";
    }

    private static Div fact(String label, Component... value) {
        Div labelDiv = new Div(label);
        labelDiv.addClassName("recueil-fact-label");
        Div valueDiv = new Div(value);
        valueDiv.addClassName("recueil-fact-value");
        return new Div(labelDiv, valueDiv);
    }

    private static Paragraph emptyState(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        paragraph.addClassName("recueil-empty-state");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myChapters.title") + " · Recueil";
    }
}

package fr.recueil.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.Countdown;
import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/**
 * The contributor's home: the open campaign and, for each chapter one of their directions writes,
 * its annex number, their deadline, how many days are left and what to do next.
 */
@Route("mes-chapitres")
@Menu(title = "nav.myChapters", order = 10, icon = "vaadin:edit")
@RolesAllowed({Role.Names.CONTRIBUTOR, Role.Names.DIRECTOR})
class MyChaptersView extends Div implements HasDynamicTitle {

    MyChaptersView(CampaignService campaigns) {
        addClassName("recueil-page");
        setId("my-chapters");
        Optional<CampaignOverview> mine = campaigns.myCurrentChapters();
        if (mine.isEmpty()) {
            add(new ViewHeader(getTranslation("myChapters.title")), emptyState("no-campaign", getTranslation("myChapters.noCampaign")));
            return;
        }
        Campaign campaign = mine.get().campaign();
        add(new ViewHeader(getTranslation("myChapters.title"), getTranslation("myChapters.campaign",
                campaign.getTitle(), Formats.date(campaign.getDeadline(), getLocale()))));
        if (mine.get().chapters().isEmpty()) {
            add(emptyState("no-chapter", getTranslation("myChapters.noChapter", campaign.getTitle())));
            return;
        }
        Div cards = new Div();
        cards.addClassName("recueil-chapter-cards");
        mine.get().chapters().forEach(chapter -> cards.add(card(campaign, chapter)));
        add(cards);
    }

    private Div card(Campaign campaign, ChapterLine chapter) {
        Countdown deadline = chapter.deadline();
        Div card = new Div();
        card.addClassNames("recueil-chapter-card", "recueil-urgency-" + Badges.urgencyClass(deadline));
        card.setId("chapter-" + chapter.entryId());

        Span annex = new Span(Labels.annex(this, chapter.annexNumber()));
        annex.addClassName("recueil-annex");
        Div head = new Div(annex, new H2(chapter.title()));
        head.addClassName("recueil-chapter-card-head");
        if (chapter.kind() == OutlineEntryKind.TRANSVERSAL) {
            Span transversal = new Span(getTranslation("myChapters.transversal"));
            transversal.addClassNames("recueil-badge", "neutral");
            head.add(transversal);
        }
        Paragraph where = new Paragraph(chapter.directionShortName() + " · " + Labels.part(this, chapter.partKind(), chapter.poleName()));
        where.addClassNames("recueil-muted", "recueil-chapter-where");

        Div deadlineValue = new Div(new Span(Formats.date(deadline.deadline(), getLocale())),
                Badges.countdown(this, deadline));
        deadlineValue.addClassName("recueil-deadline-value");
        Span origin = new Span(getTranslation(chapter.ownDeadline() ? "myChapters.deadline.own" : "myChapters.deadline.campaign"));
        origin.addClassNames("recueil-muted", "recueil-deadline-origin");
        Div deadlineFact = fact(getTranslation("myChapters.deadline"), deadlineValue, origin);
        deadlineFact.addClassName("recueil-chapter-deadline");

        String date = Formats.date(deadline.deadline(), getLocale());
        String next = deadline.urgency() == Countdown.Urgency.OVERDUE ? getTranslation("myChapters.next.overdue", date)
                : campaign.isDirectorValidationRequired() ? getTranslation("myChapters.next.writeAndValidate", date)
                : getTranslation("myChapters.next.write", date);
        Div nextFact = fact(getTranslation("myChapters.next"), new Span(next));
        nextFact.addClassName("recueil-chapter-next");

        Div facts = new Div(deadlineFact, nextFact);
        facts.addClassName("recueil-chapter-facts");
        card.add(head, where, facts);
        return card;
    }

    private static Div fact(String label, com.vaadin.flow.component.Component... value) {
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

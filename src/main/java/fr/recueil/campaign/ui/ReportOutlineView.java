package fr.recueil.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.campaign.OutlinePart;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/**
 * The consolidated report's table of contents: transversal chapters, then each pôle with its
 * chapters, then the stand-alone chapters, each numbered as an annex. DIRCOM and administrators
 * change the order of the chapters within their part.
 */
@Route("rapport")
@Menu(title = "nav.report", order = 30, icon = "vaadin:book")
@RolesAllowed({Role.Names.COMMUNICATION, Role.Names.ADMIN})
class ReportOutlineView extends Div implements HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final Div content = new Div();

    ReportOutlineView(CampaignService campaigns) {
        this.campaigns = campaigns;
        addClassName("recueil-page");
        setId("report-outline");
        add(content);
        Optional<CampaignOverview> report = campaigns.reportOverview();
        if (report.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            content.add(new ViewHeader(getTranslation("report.title")), none);
        } else {
            show(report.get());
        }
    }

    private void show(CampaignOverview overview) {
        content.removeAll();
        Campaign campaign = overview.campaign();
        Div status = new Div(new Span(getTranslation("report.status")), Badges.status(this, campaign.getStatus()));
        status.addClassName("recueil-report-status");
        status.setId("report-status");
        content.add(new ViewHeader(getTranslation("report.title"), getTranslation("report.description", campaign.getTitle())),
                status);
        if (overview.frozen()) {
            Paragraph frozen = new Paragraph(getTranslation("report.frozen"));
            frozen.addClassName("recueil-notice");
            frozen.setId("report-frozen");
            content.add(frozen);
        }
        Div toc = new Div();
        toc.addClassName("recueil-toc");
        toc.setId("toc");
        for (OutlinePart part : overview.parts()) {
            H2 heading = new H2(Labels.part(this, part.title()));
            heading.addClassName("recueil-toc-part");
            OrderedList chapters = new OrderedList();
            chapters.addClassName("recueil-toc-chapters");
            part.chapters().forEach(chapter -> chapters.add(entry(overview, chapter)));
            toc.add(heading, chapters);
        }
        content.add(toc);
    }

    private ListItem entry(CampaignOverview overview, ChapterLine chapter) {
        Span annex = new Span(Labels.annex(this, chapter.annexNumber()));
        annex.addClassName("recueil-toc-annex");
        Span dash = new Span("—");
        dash.addClassName("recueil-toc-dash");
        Span title = new Span(chapter.title());
        title.addClassName("recueil-toc-title");
        ListItem item = new ListItem(annex, dash, title);
        item.addClassName("recueil-toc-entry");
        item.setId("toc-" + chapter.entryId());
        if (chapter.kind() == OutlineEntryKind.TRANSVERSAL || !chapter.directionShortName().equals(chapter.title())) {
            Span writtenBy = new Span(chapter.kind() == OutlineEntryKind.TRANSVERSAL
                    ? getTranslation("report.writtenBy", chapter.directionShortName()) : chapter.directionShortName());
            writtenBy.addClassNames("recueil-muted", "recueil-toc-writer");
            item.add(writtenBy);
        }
        if (!overview.frozen()) {
            item.add(moveButtons(overview, chapter));
        }
        return item;
    }

    private Div moveButtons(CampaignOverview overview, ChapterLine chapter) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(overview, chapter, chapter.position() - 1));
        up.setId("move-up-" + chapter.entryId());
        up.setAriaLabel(getTranslation("report.moveUp", chapter.title()));
        up.setTooltipText(getTranslation("action.moveUp"));
        up.setEnabled(overview.canMove(chapter, chapter.position() - 1));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(overview, chapter, chapter.position() + 1));
        down.setId("move-down-" + chapter.entryId());
        down.setAriaLabel(getTranslation("report.moveDown", chapter.title()));
        down.setTooltipText(getTranslation("action.moveDown"));
        down.setEnabled(overview.canMove(chapter, chapter.position() + 1));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        Div buttons = new Div(up, down);
        buttons.addClassName("recueil-move-buttons");
        return buttons;
    }

    private void move(CampaignOverview overview, ChapterLine chapter, int newIndex) {
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.moveOutlineEntry(overview.campaign().getId(), chapter.entryId(), newIndex);
            Notifications.success(this, "report.moved", chapter.title(), changed.getFirstAnnexNumber() + newIndex);
            show(campaigns.overview(changed.getId()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · Recueil";
    }
}

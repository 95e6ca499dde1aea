package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ReportTabs;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.OutlinePart;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The consolidated report's outline as DIRCOM shapes it: the transversal chapters, then the parts
 * (made from the pôles, retitled, reordered, added or removed at will), each with its chapters in
 * order, numbered as annexes. Every change goes through the campaign service and the page is then
 * drawn again from what it saved.
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
        add(new ReportTabs(ReportTabs.Tab.OUTLINE), content);
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
        ViewHeader header = new ViewHeader(getTranslation("report.title"), getTranslation("report.description", campaign.getTitle()));
        if (!overview.frozen()) {
            Button addPart = new Button(getTranslation("report.part.add"), VaadinIcon.PLUS.create(), e -> openNewPart(overview));
            addPart.setId("add-part");
            addPart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.withActions(addPart);
        }
        Div status = new Div(new Span(getTranslation("report.status")), Badges.status(this, campaign.getStatus()));
        status.addClassName("recueil-report-status");
        status.setId("report-status");
        content.add(header, status);
        if (overview.frozen()) {
            Paragraph frozen = new Paragraph(getTranslation("report.frozen"));
            frozen.addClassName("recueil-notice");
            frozen.setId("report-frozen");
            content.add(frozen);
        }
        Div toc = new Div();
        toc.addClassName("recueil-toc");
        toc.setId("toc");
        List<OutlinePart> parts = overview.parts();
        List<OutlinePart> movable = parts.stream().filter(p -> !p.transversal()).toList();
        for (OutlinePart part : parts) {
            toc.add(new OutlinePartCard(campaigns, overview, part, movable, this::show));
        }
        content.add(toc);
    }

    private void refresh(long campaignId) {
        show(campaigns.overview(campaignId));
    }

    /** "Ajouter une partie": a title, checked by the service; a refused one stays in the field. */
    private void openNewPart(CampaignOverview overview) {
        Dialog dialog = new Dialog();
        dialog.setId("new-part-dialog");
        dialog.setHeaderTitle(getTranslation("report.part.add"));
        TextField title = new TextField(getTranslation("report.part.titleLabel"));
        title.setId("new-part-title");
        title.setWidthFull();
        title.setHelperText(getTranslation("report.part.titleHelper"));
        title.setAutofocus(true);
        Consumer<TextField> create = field -> {
            try {
                Campaign changed = campaigns.addPart(overview.campaign().getId(), field.getValue());
                dialog.close();
                Notifications.success(this, "report.part.added", changed.getParts().getLast().getTitle());
                refresh(changed.getId());
            } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException failure) {
                field.setErrorMessage(Notifications.message(this, failure));
                field.setInvalid(true);
            }
        };
        title.addKeyDownListener(Key.ENTER, e -> create.accept(title));
        Button confirm = new Button(getTranslation("action.create"), e -> create.accept(title));
        confirm.setId("create-part");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(title);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("28rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · Recueil";
    }
}

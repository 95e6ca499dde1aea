package fr.recueil.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;

/** The administrator's list of campaigns, one per report year, and the creation of the next one. */
@Route("admin/campagnes")
@Menu(title = "nav.admin.campaigns", order = 120, icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ADMIN)
class CampaignsAdminView extends Div implements HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final Grid<Campaign> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    CampaignsAdminView(CampaignService campaigns) {
        this.campaigns = campaigns;
        addClassName("recueil-page");
        setId("campaigns-admin");

        Button create = new Button(getTranslation("admin.campaigns.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-campaign");
        add(new ViewHeader(getTranslation("admin.campaigns.title"), getTranslation("admin.campaigns.description"))
                .withActions(create));

        grid.setId("campaigns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Campaign::getYear).setHeader(getTranslation("admin.campaigns.column.year"))
                .setKey("year").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> new RouterLink(c.getTitle(), CampaignEditView.class,
                        new RouteParameters(CampaignEditView.ID, String.valueOf(c.getId()))))
                .setHeader(getTranslation("admin.campaigns.column.title")).setKey("title").setFlexGrow(1);
        grid.addComponentColumn(c -> Badges.status(this, c.getStatus()))
                .setHeader(getTranslation("admin.campaigns.column.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.date(c.getDeadline(), getLocale()))
                .setHeader(getTranslation("admin.campaigns.column.deadline")).setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getOutline().size())
                .setHeader(getTranslation("admin.campaigns.column.chapters")).setKey("chapters")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.isDirectorValidationRequired() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("admin.campaigns.column.directorValidation")).setKey("directorValidation")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        empty.setText(getTranslation("admin.campaigns.empty"));
        empty.addClassName("recueil-muted");
        add(grid, empty);
        refresh();
    }

    private void refresh() {
        List<Campaign> all = campaigns.campaigns();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
    }

    private void openCreateDialog() {
        int suggestedYear = campaigns.campaigns().stream().mapToInt(Campaign::getYear).max()
                .orElse(LocalDate.now().getYear() - 1) + 1;
        new NewCampaignDialog(campaigns, suggestedYear, this::open).open();
    }

    private void open(Campaign campaign) {
        getUI().ifPresent(ui -> ui.navigate(CampaignEditView.class,
                new RouteParameters(CampaignEditView.ID, String.valueOf(campaign.getId()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.campaigns.title") + " · Recueil";
    }
}

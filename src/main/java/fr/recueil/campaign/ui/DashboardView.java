package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.Countdown;
import fr.recueil.campaign.DirectionDeadline;
import fr.recueil.campaign.PoleSummary;
import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The staff's home: where the open campaign stands, its chapters by pôle and the directions whose
 * deadline is close or past.
 */
@Route("tableau-de-bord")
@Menu(title = "nav.dashboard", order = 20, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.COMMUNICATION, Role.Names.ADMIN})
class DashboardView extends Div implements HasDynamicTitle {

    DashboardView(CampaignService campaigns, CurrentUser currentUser) {
        addClassName("recueil-page");
        setId("dashboard");
        Optional<CampaignOverview> current = campaigns.currentOverview();
        if (current.isEmpty()) {
            add(new ViewHeader(getTranslation("dashboard.title")));
            Paragraph none = new Paragraph(getTranslation("dashboard.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            add(none);
            if (currentUser.hasRole(Role.ADMIN)) {
                RouterLink manage = new RouterLink(getTranslation("dashboard.noCampaign.admin"), CampaignsAdminView.class);
                manage.setId("manage-campaigns");
                add(manage);
            }
            return;
        }
        CampaignOverview overview = current.get();
        Campaign campaign = overview.campaign();
        add(new ViewHeader(getTranslation("dashboard.title"), campaign.getTitle()));
        add(facts(overview));
        add(new H2(getTranslation("dashboard.poles.title")), polesGrid(overview.poleSummaries()));
        add(urgent(overview.urgentDirections()));
    }

    private Div facts(CampaignOverview overview) {
        Campaign campaign = overview.campaign();
        Div deadline = new Div(new Span(Formats.date(campaign.getDeadline(), getLocale())), Badges.countdown(this, overview.deadline()));
        deadline.addClassName("recueil-deadline-value");
        long ownDeadlines = overview.directions().stream().filter(DirectionDeadline::hasOwnDeadline).count();
        Div facts = new Div(
                fact("fact-status", "dashboard.status", Badges.status(this, campaign.getStatus())),
                fact("fact-deadline", "dashboard.deadline", deadline),
                fact("fact-chapters", "dashboard.chapters", new Span(Formats.number(overview.chapters().size(), getLocale()))),
                fact("fact-own-deadlines", "dashboard.ownDeadlines", new Span(Formats.number(ownDeadlines, getLocale()))));
        facts.addClassNames("recueil-facts", "recueil-dashboard-facts");
        return facts;
    }

    private Div fact(String id, String labelKey, Component value) {
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("recueil-fact-label");
        Div text = new Div(value);
        text.addClassName("recueil-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("recueil-fact");
        fact.setId(id);
        return fact;
    }

    private Grid<PoleSummary> polesGrid(List<PoleSummary> poles) {
        Grid<PoleSummary> grid = new Grid<>();
        grid.setId("poles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> Labels.part(this, p.kind(), p.poleName()))
                .setHeader(getTranslation("dashboard.poles.column.pole")).setFlexGrow(3).setKey("pole");
        grid.addColumn(PoleSummary::chapterCount)
                .setHeader(getTranslation("dashboard.poles.column.chapters")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("chapters");
        grid.addColumn(p -> p.earlierDeadlines().isEmpty() ? "—" : p.earlierDeadlines().stream()
                        .map(d -> d.shortName() + " (" + Formats.date(d.ownDeadline(), getLocale()) + ")")
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("dashboard.poles.column.earlier")).setFlexGrow(3).setKey("earlier");
        grid.setItems(poles);
        return grid;
    }

    private Div urgent(List<DirectionDeadline> directions) {
        Div section = new Div(new H2(getTranslation("dashboard.urgent.title")));
        section.setId("urgent-directions");
        if (directions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.urgent.none", Countdown.SOON_DAYS));
            none.addClassName("recueil-muted");
            section.add(none);
            return section;
        }
        Paragraph help = new Paragraph(getTranslation("dashboard.urgent.help", Countdown.SOON_DAYS));
        help.addClassName("recueil-muted");
        Div list = new Div();
        list.addClassName("recueil-deadline-list");
        for (DirectionDeadline direction : directions) {
            Span name = new Span(direction.name());
            name.addClassName("recueil-deadline-name");
            Span acronym = new Span(direction.shortName().equals(direction.name()) ? "" : direction.shortName());
            acronym.addClassName("recueil-deadline-acronym");
            Span date = new Span(Formats.date(direction.deadline().deadline(), getLocale()));
            date.addClassName("recueil-muted");
            Div row = new Div(Badges.countdown(this, direction.deadline()), acronym, name, date);
            row.addClassNames("recueil-deadline-row", "recueil-urgency-" + Badges.urgencyClass(direction.deadline()));
            row.setId("urgent-" + direction.directionId());
            list.add(row);
        }
        section.add(help, list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Recueil";
    }
}

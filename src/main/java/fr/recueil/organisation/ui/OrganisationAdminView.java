package fr.recueil.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.TransversalEntry;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation in the order of the report's table of contents: each pôle with its directions,
 * then the directions outside any pôle, then the transversal chapters. Every change goes through
 * {@link OrganisationService}, which decides; this view only asks and shows.
 */
@Route("admin/organisation")
@Menu(title = "nav.admin.organisation", order = 100, icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMIN)
class OrganisationAdminView extends Div implements HasDynamicTitle {

    private final transient OrganisationService organisation;
    private final Div content = new Div();
    private List<Pole> poles = List.of();

    OrganisationAdminView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassNames("recueil-page", "recueil-org-admin");

        Button newPole = new Button(getTranslation("admin.org.pole.new"), VaadinIcon.PLUS.create(),
                e -> openPoleDialog(null));
        newPole.setId("new-pole");
        Button newDirection = new Button(getTranslation("admin.org.direction.new"), VaadinIcon.PLUS.create(),
                e -> openDirectionDialog(null, null));
        newDirection.setId("new-direction");
        newDirection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("nav.admin.organisation"), getTranslation("admin.org.description"))
                .withActions(newPole, newDirection), content);
        refresh();
    }

    private void refresh() {
        poles = organisation.poles();
        List<Direction> directions = organisation.directions();
        content.removeAll();
        content.add(organisationTable(directions), transversalSection(directions));
    }

    // --- pôles and directions

    private NativeTable organisationTable(List<Direction> directions) {
        NativeTable table = new NativeTable();
        table.setId("organisation-table");
        table.addClassName("recueil-org-table");
        table.getHead().addRows(headRow("admin.org.column.direction", "admin.org.column.acronym",
                "admin.org.column.status", "admin.org.column.actions"));
        for (int i = 0; i < poles.size(); i++) {
            Pole pole = poles.get(i);
            List<Direction> members = directions.stream().filter(d -> Objects.equals(d.getPoleId(), pole.getId())).toList();
            NativeTableBody group = table.addBody();
            group.addClassName("recueil-org-group");
            if (!pole.isActive()) {
                group.addClassName("inactive");
            }
            group.addRows(poleRow(pole, members.size(), i == 0, i == poles.size() - 1));
            addDirectionRows(group, members, "admin.org.pole.empty");
        }
        List<Direction> standalone = directions.stream().filter(d -> d.getPole() == null).toList();
        NativeTableBody group = table.addBody();
        group.addClassName("recueil-org-group");
        group.setId("standalone-group");
        group.addRows(standaloneRow(standalone.size()));
        addDirectionRows(group, standalone, "admin.org.standalone.empty");
        return table;
    }

    private NativeTableRow poleRow(Pole pole, int directionCount, boolean first, boolean last) {
        NativeTableRow row = new NativeTableRow();
        row.setId("pole-" + pole.getId());
        row.addClassName("recueil-org-pole");
        NativeTableHeaderCell name = groupTitle(pole.getName(), getTranslation("admin.org.pole.count", directionCount));
        String subject = pole.getName();
        Div actions = actions(
                AdminUi.rowAction(this, VaadinIcon.PLUS, "admin.org.pole.addDirection", subject, "add-direction",
                        () -> openDirectionDialog(null, pole)),
                AdminUi.rowAction(this, VaadinIcon.PENCIL, "admin.org.pole.rename", subject, "edit",
                        () -> openPoleDialog(pole)),
                move(subject, -1, first, () -> organisation.movePole(pole.getId(), -1)),
                move(subject, 1, last, () -> organisation.movePole(pole.getId(), 1)),
                toggle(subject, pole.isActive(), "admin.org.pole.deactivate.title", "admin.org.pole.deactivate.text",
                        active -> organisation.setPoleActive(pole.getId(), active)),
                AdminUi.rowAction(this, VaadinIcon.TRASH, "action.delete", subject, "delete",
                        () -> AdminUi.confirm(this, getTranslation("admin.org.pole.delete.title"),
                                getTranslation("admin.org.pole.delete.text", pole.getName()),
                                getTranslation("action.delete"), true,
                                () -> change(() -> organisation.deletePole(pole.getId()),
                                        "admin.org.pole.deleted", pole.getName()))));
        row.add(name, cell(null, AdminUi.statusBadge(this, pole.isActive())), cell("recueil-org-actions", actions));
        return row;
    }

    private NativeTableRow standaloneRow(int directionCount) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("recueil-org-pole");
        NativeTableHeaderCell name = groupTitle(getTranslation("admin.org.standalone"),
                getTranslation("admin.org.pole.count", directionCount));
        String subject = getTranslation("admin.org.standalone");
        Div actions = actions(AdminUi.rowAction(this, VaadinIcon.PLUS, "admin.org.standalone.addDirection", subject,
                "add-direction", () -> openDirectionDialog(null, null)));
        row.add(name, cell(null), cell("recueil-org-actions", actions));
        return row;
    }

    private NativeTableHeaderCell groupTitle(String title, String detail) {
        Span titleText = new Span(title);
        titleText.addClassName("recueil-org-group-title");
        Span detailText = new Span(detail);
        detailText.addClassName("recueil-org-group-count");
        NativeTableHeaderCell cell = new NativeTableHeaderCell(titleText, detailText);
        cell.getElement().setAttribute("scope", "rowgroup");
        cell.getElement().setAttribute("colspan", "2");
        return cell;
    }

    private void addDirectionRows(NativeTableBody group, List<Direction> members, String emptyKey) {
        if (members.isEmpty()) {
            NativeTableRow row = new NativeTableRow();
            row.addClassName("recueil-org-empty");
            NativeTableCell cell = new NativeTableCell(getTranslation(emptyKey));
            cell.setColspan(4);
            row.add(cell);
            group.addRows(row);
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            group.addRows(directionRow(members.get(i), i == 0, i == members.size() - 1));
        }
    }

    private NativeTableRow directionRow(Direction direction, boolean first, boolean last) {
        NativeTableRow row = new NativeTableRow();
        row.setId("direction-" + direction.getId());
        row.addClassName("recueil-org-direction");
        if (!direction.isActive()) {
            row.addClassName("inactive");
        }
        String subject = direction.getShortName();
        Div actions = actions(
                AdminUi.rowAction(this, VaadinIcon.PENCIL, "action.edit", subject, "edit",
                        () -> openDirectionDialog(direction, null)),
                move(subject, -1, first, () -> organisation.moveDirection(direction.getId(), -1)),
                move(subject, 1, last, () -> organisation.moveDirection(direction.getId(), 1)),
                toggle(subject, direction.isActive(), "admin.org.direction.deactivate.title",
                        "admin.org.direction.deactivate.text",
                        active -> organisation.setDirectionActive(direction.getId(), active)),
                AdminUi.rowAction(this, VaadinIcon.TRASH, "action.delete", subject, "delete",
                        () -> AdminUi.confirm(this, getTranslation("admin.org.direction.delete.title"),
                                getTranslation("admin.org.direction.delete.text", direction.getName()),
                                getTranslation("action.delete"), true,
                                () -> change(() -> organisation.deleteDirection(direction.getId()),
                                        "admin.org.direction.deleted", direction.getName()))));
        row.add(cell("recueil-org-name", new Span(direction.getName())),
                cell("recueil-org-acronym", direction.getAcronym() == null ? new Span("—") : new Span(direction.getAcronym())),
                cell(null, AdminUi.statusBadge(this, direction.isActive())),
                cell("recueil-org-actions", actions));
        return row;
    }

    private Button move(String subject, int offset, boolean atEnd, Runnable action) {
        Button button = offset < 0
                ? AdminUi.rowAction(this, VaadinIcon.ARROW_UP, "action.moveUp", subject, "up", () -> change(action, null))
                : AdminUi.rowAction(this, VaadinIcon.ARROW_DOWN, "action.moveDown", subject, "down", () -> change(action, null));
        button.setEnabled(!atEnd);
        return button;
    }

    /** Deactivation asks first (the entry leaves the next campaigns); reactivation does not. */
    private Button toggle(String subject, boolean active, String titleKey, String textKey,
                          Consumer<Boolean> setActive) {
        if (active) {
            return AdminUi.rowAction(this, VaadinIcon.CLOSE_CIRCLE_O, "action.deactivate", subject, "deactivate",
                    () -> AdminUi.confirm(this, getTranslation(titleKey), getTranslation(textKey, subject),
                            getTranslation("action.deactivate"), true,
                            () -> change(() -> setActive.accept(false), "admin.org.deactivated", subject)));
        }
        return AdminUi.rowAction(this, VaadinIcon.CHECK_CIRCLE_O, "action.reactivate", subject, "reactivate",
                () -> change(() -> setActive.accept(true), "admin.org.reactivated", subject));
    }

    /** Runs a change; a refusal is shown, and the organisation is shown again as it now is. */
    private void change(Runnable action, String successKey, Object... args) {
        boolean done = Notifications.attempt(this, action);
        if (done && successKey != null) {
            Notifications.success(this, successKey, args);
        }
        refresh();
    }

    private void openPoleDialog(Pole pole) {
        new PoleDialog(organisation, pole, saved -> {
            Notifications.success(this, pole == null ? "admin.org.pole.created" : "admin.org.saved", saved.getName());
            refresh();
        }).open();
    }

    private void openDirectionDialog(Direction direction, Pole initialPole) {
        new DirectionDialog(organisation, poles, direction, initialPole, saved -> {
            Notifications.success(this, direction == null ? "admin.org.direction.created" : "admin.org.saved",
                    saved.getName());
            refresh();
        }).open();
    }

    // --- transversal entries

    private Component transversalSection(List<Direction> directions) {
        Div section = new Div();
        section.addClassName("recueil-org-transversal");
        Paragraph description = new Paragraph(getTranslation("admin.org.transversal.description"));
        description.addClassName("recueil-muted");
        section.add(new H2(getTranslation("admin.org.transversal.title")), description);

        List<TransversalEntry> entries = organisation.transversalEntries();
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("admin.org.transversal.empty")));
            return section;
        }
        Map<Long, Direction> byId = directions.stream().collect(Collectors.toMap(Direction::getId, Function.identity()));
        NativeTable table = new NativeTable();
        table.setId("transversal-table");
        table.addClassNames("recueil-org-table", "recueil-org-transversal-table");
        table.getHead().addRows(headRow("admin.org.column.transversal", "admin.org.column.owner",
                "admin.org.column.status"));
        NativeTableBody body = table.addBody();
        for (TransversalEntry entry : entries) {
            NativeTableRow row = new NativeTableRow();
            row.addClassName("recueil-org-direction");
            if (!entry.isActive()) {
                row.addClassName("inactive");
            }
            Direction owner = byId.get(entry.getOwnerDirectionId());
            String ownerName = owner == null ? "—"
                    : owner.getAcronym() == null ? owner.getName() : owner.getName() + " (" + owner.getAcronym() + ")";
            row.add(cell("recueil-org-name", new Span(entry.getLabel())), cell(null, new Span(ownerName)),
                    cell(null, AdminUi.statusBadge(this, entry.isActive())));
            body.addRows(row);
        }
        section.add(table);
        return section;
    }

    // --- table pieces

    private NativeTableRow headRow(String... keys) {
        NativeTableRow row = new NativeTableRow();
        for (String key : keys) {
            Span text = new Span(getTranslation(key));
            if (key.endsWith(".actions")) {
                text.addClassName("recueil-sr-only"); // a header for screen readers; the buttons speak for themselves
            }
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        return row;
    }

    private static NativeTableCell cell(String className, Component... components) {
        NativeTableCell cell = new NativeTableCell(components);
        if (className != null) {
            cell.addClassName(className);
        }
        return cell;
    }

    private static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("recueil-row-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.organisation") + " · Recueil";
    }
}

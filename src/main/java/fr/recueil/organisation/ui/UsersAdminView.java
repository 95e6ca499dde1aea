package fr.recueil.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.LocalPasswords;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserService;
import jakarta.annotation.security.RolesAllowed;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The user accounts: who they are, their roles and directions. Administrators create them (the
 * password is generated and shown once), change them, reset their password, deactivate them.
 */
@Route("admin/utilisateurs")
@Menu(title = "nav.admin.users", order = 110, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UsersAdminView extends Div implements HasDynamicTitle {

    private final transient UserService users;
    private final transient OrganisationService organisation;
    private final transient LocalPasswords localPasswords;
    private final Checkbox localPasswordsBox = new Checkbox();
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private List<Direction> directions = List.of();
    private Map<Long, Direction> directionsById = Map.of();
    private List<UserAccount> all = List.of();
    private GridListDataView<UserAccount> rows;

    UsersAdminView(UserService users, OrganisationService organisation, LocalPasswords localPasswords) {
        this.users = users;
        this.localPasswords = localPasswords;
        this.organisation = organisation;
        addClassNames("recueil-page", "recueil-users-admin");

        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), e -> openUserDialog(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("nav.admin.users"), getTranslation("admin.users.description"))
                .withActions(create));

        search.setId("user-search");
        search.setPlaceholder(getTranslation("admin.users.searchPlaceholder"));
        search.setAriaLabel(getTranslation("common.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.addClassName("recueil-users-search");
        count.setId("user-count");
        count.addClassName("recueil-muted");
        localPasswordsBox.setId("local-passwords");
        localPasswordsBox.setLabel(getTranslation("admin.users.localPasswords"));
        localPasswordsBox.setHelperText(getTranslation("admin.users.localPasswordsHelp"));
        localPasswordsBox.setValue(localPasswords.enabled());
        localPasswordsBox.addValueChangeListener(e -> {
            if (e.isFromClient() && !Notifications.attempt(this, () -> localPasswords.setEnabled(e.getValue()))) {
                localPasswordsBox.setValue(localPasswords.enabled());
            }
        });
        Div toolbar = new Div(search, count, localPasswordsBox);
        toolbar.addClassName("recueil-users-toolbar");
        add(toolbar);

        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addClassName("recueil-users-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        Collator french = Collator.getInstance(Locale.FRENCH);
        // Name and login in one cell, one under the other: both stay readable in a narrow window.
        grid.addColumn(LitRenderer.<UserAccount>of("<div class='recueil-user-cell'><span class='recueil-user-name'>"
                                + "${item.name}</span><span class='recueil-user-login'>${item.login}</span></div>")
                        .withProperty("name", UserAccount::getDisplayName)
                        .withProperty("login", UserAccount::getLogin))
                .setKey("name").setHeader(getTranslation("admin.users.column.name"))
                .setComparator(Comparator.comparing(UserAccount::getDisplayName, french)).setSortable(true)
                .setFlexGrow(3);
        // A long address may break before its "@", never inside a word.
        grid.addColumn(LitRenderer.<UserAccount>of("${item.local}<wbr>${item.domain}")
                        .withProperty("local", user -> emailPart(user, true))
                        .withProperty("domain", user -> emailPart(user, false)))
                .setKey("email").setHeader(getTranslation("admin.users.email"))
                .setComparator(Comparator.comparing(UserAccount::getEmail)).setSortable(true).setFlexGrow(4);
        grid.addColumn(this::roleLabels).setKey("roles").setHeader(getTranslation("admin.users.roles"))
                .setFlexGrow(2);
        grid.addColumn(this::directionShortNames).setKey("directions").setHeader(getTranslation("admin.users.directions"))
                .setTooltipGenerator(this::directionNames).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.getOrigin().labelKey())).setKey("origin")
                .setHeader(getTranslation("admin.users.column.origin")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(user -> AdminUi.statusBadge(this, user.isActive())).setKey("status")
                // Fixed: an auto width measured on "Actif" would cut "Inactif" later.
                .setHeader(getTranslation("admin.users.column.status")).setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setHeader(srOnly(getTranslation("admin.org.column.actions")));
        grid.setPartNameGenerator(user -> user.isActive() ? null : "inactive");
        grid.setEmptyStateText(getTranslation("admin.users.noMatch"));
    }

    private void refresh() {
        directions = organisation.directions();
        directionsById = directions.stream().collect(Collectors.toMap(Direction::getId, Function.identity()));
        all = users.users();
        rows = grid.setItems(all);
        applyFilter();
    }

    private void applyFilter() {
        String wanted = Search.normalise(search.getValue());
        rows.setFilter(wanted.isEmpty() ? null : user -> matches(user, wanted));
        count.setText(wanted.isEmpty() ? getTranslation("admin.users.count", all.size())
                : getTranslation("admin.users.countFiltered", rows.getItemCount(), all.size()));
    }

    private boolean matches(UserAccount user, String wanted) {
        if (Search.normalise(user.getDisplayName()).contains(wanted)
                || Search.normalise(user.getLogin()).contains(wanted)
                || Search.normalise(user.getEmail()).contains(wanted)) {
            return true;
        }
        return memberOf(user).stream().anyMatch(d -> Search.normalise(d.getName()).contains(wanted)
                || (d.getAcronym() != null && Search.normalise(d.getAcronym()).contains(wanted)));
    }

    private List<Direction> memberOf(UserAccount user) {
        // In report order, as everywhere else.
        return directions.stream().filter(d -> user.getDirectionIds().contains(d.getId())).toList();
    }

    private String roleLabels(UserAccount user) {
        return user.getRoles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "));
    }

    private String directionShortNames(UserAccount user) {
        return memberOf(user).stream().map(Direction::getShortName).collect(Collectors.joining(", "));
    }

    private String directionNames(UserAccount user) {
        return memberOf(user).stream().map(Direction::getName).collect(Collectors.joining(" ; "));
    }

    private Component actions(UserAccount user) {
        String subject = user.getDisplayName();
        Div actions = new Div(
                AdminUi.rowAction(this, VaadinIcon.PENCIL, "action.edit", subject, "edit", () -> openUserDialog(user)));
        // A directory account's password is the directory's: nothing to reset here.
        if (!user.getOrigin().isDirectory()) {
            actions.add(AdminUi.rowAction(this, VaadinIcon.KEY, "admin.users.resetPassword", subject, "reset-password",
                    () -> AdminUi.confirm(this, getTranslation("admin.users.reset.title"),
                            getTranslation("admin.users.reset.text", user.getDisplayName(), user.getLogin()),
                            getTranslation("admin.users.resetPassword"), false, () -> resetPassword(user))));
        }
        actions.add(user.isActive()
                        ? AdminUi.rowAction(this, VaadinIcon.CLOSE_CIRCLE_O, "action.deactivate", subject, "deactivate",
                        () -> AdminUi.confirm(this, getTranslation("admin.users.deactivate.title"),
                                getTranslation("admin.users.deactivate.text", user.getDisplayName(), user.getLogin()),
                                getTranslation("action.deactivate"), true, () -> setActive(user, false)))
                        : AdminUi.rowAction(this, VaadinIcon.CHECK_CIRCLE_O, "action.reactivate", subject, "reactivate",
                        () -> setActive(user, true)));
        actions.addClassName("recueil-row-actions");
        return actions;
    }

    private void openUserDialog(UserAccount user) {
        List<Direction> choices = directions.stream()
                .filter(d -> d.isActive() || (user != null && user.getDirectionIds().contains(d.getId())))
                .toList();
        new UserDialog(users, choices, user, saved -> {
            refresh();
            if (saved.generatedPassword() != null) {
                new PasswordDialog("admin.users.password.createdTitle", saved.displayName(), saved.login(),
                        saved.generatedPassword()).open();
            } else {
                Notifications.success(this, "admin.users.saved", saved.displayName());
            }
        }).open();
    }

    private void resetPassword(UserAccount user) {
        String[] password = new String[1];
        if (Notifications.attempt(this, () -> password[0] = users.resetPassword(user.getId()))) {
            new PasswordDialog("admin.users.password.resetTitle", user.getDisplayName(), user.getLogin(), password[0]).open();
        }
        refresh();
    }

    private void setActive(UserAccount user, boolean active) {
        if (Notifications.attempt(this, () -> users.setActive(user.getId(), active))) {
            Notifications.success(this, active ? "admin.users.reactivated" : "admin.users.deactivated",
                    user.getDisplayName());
        }
        refresh();
    }

    private static String emailPart(UserAccount user, boolean local) {
        String email = user.getEmail();
        int at = Math.max(email.indexOf('@'), 0);
        return local ? email.substring(0, at) : email.substring(at);
    }

    private static Component srOnly(String text) {
        Span span = new Span(text);
        span.addClassName("recueil-sr-only");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users") + " · Recueil";
    }
}

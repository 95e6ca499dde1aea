package fr.recueil.organisation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.InputRules;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates a user (the service generates the password, shown once afterwards) or changes one; the
 * login of an existing user is not editable. An edit carries the version the administrator saw.
 */
class UserDialog extends FormDialog<UserDialog.Values> {

    static final class Values {
        String login = "";
        String displayName = "";
        String email = "";
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Direction> directions = new HashSet<>();
    }

    /** What the view needs once a user is saved: the one-time password on creation, else null. */
    record Saved(String displayName, String login, String generatedPassword) {
    }

    private final transient UserService users;
    private final UserAccount user;
    private final transient Consumer<Saved> saved;

    /**
     * {@code user} null for a new user; {@code directions} are the choices, in report order (the
     * active directions and those the user already belongs to).
     */
    UserDialog(UserService users, List<Direction> directions, UserAccount user, Consumer<Saved> saved) {
        super("user-dialog", user == null ? "admin.users.new" : "admin.users.edit",
                user == null ? "action.create" : "action.save", values(user, directions));
        this.users = users;
        this.user = user;
        this.saved = saved;
        setWidth("46rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        TextField login = withId(new TextField(getTranslation("admin.users.login")), "user-login");
        login.setRequiredIndicatorVisible(true);
        login.setHelperText(getTranslation(user == null ? "admin.users.loginHelp" : "admin.users.loginFixed"));
        login.setReadOnly(user != null);
        login.getElement().setAttribute("autocapitalize", "none");
        login.getElement().setAttribute("spellcheck", "false");
        binder.forField(login)
                .asRequired(getTranslation("error.login.required"))
                .withValidator(rule(InputRules::login))
                .withValidator(serverRefusals(login, "error.login."))
                .bind(v -> v.login, (v, value) -> v.login = value);
        login.setRequiredIndicatorVisible(user == null); // nothing to fill in when it cannot be changed

        TextField displayName = withId(new TextField(getTranslation("admin.users.displayName")), "user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText(getTranslation("admin.users.displayNameHelp"));
        binder.forField(displayName)
                .asRequired(getTranslation("error.name.required"))
                .withValidator(rule(InputRules::name))
                .withValidator(serverRefusals(displayName, "error.name."))
                .bind(v -> v.displayName, (v, value) -> v.displayName = value);

        TextField email = withId(new TextField(getTranslation("admin.users.email")), "user-email");
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("admin.users.emailHelp"));
        email.getElement().setAttribute("autocapitalize", "none");
        email.getElement().setAttribute("spellcheck", "false");
        binder.forField(email)
                .asRequired(getTranslation("error.email.required"))
                .withValidator(rule(InputRules::email))
                .withValidator(serverRefusals(email, "error.email."))
                .bind(v -> v.email, (v, value) -> v.email = value);

        CheckboxGroup<Role> roles = withId(new CheckboxGroup<>(getTranslation("admin.users.roles")), "user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setRequiredIndicatorVisible(true);
        binder.forField(roles)
                .asRequired(getTranslation("error.user.noRole"))
                .withValidator(serverRefusals(roles, "error.user.noRole", "error.user.selfAdmin"))
                .bind(v -> v.roles, (v, value) -> v.roles = value.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(value));

        MultiSelectComboBox<Direction> memberOf = withId(new MultiSelectComboBox<>(getTranslation("admin.users.directions")),
                "user-directions");
        memberOf.setItems((direction, filter) -> matches(direction, filter), directions);
        memberOf.setItemLabelGenerator(d -> d.isActive() ? d.getShortName()
                : getTranslation("admin.users.inactiveDirection", d.getShortName()));
        memberOf.setRenderer(LitRenderer.<Direction>of(
                        "<div class='recueil-direction-choice'><b>${item.shortName}</b>"
                                + "<span>${item.name}</span></div>")
                .withProperty("shortName", Direction::getShortName)
                .withProperty("name", d -> d.getAcronym() == null ? "" : d.getName()));
        memberOf.setHelperText(getTranslation("admin.users.directionsHelp"));
        memberOf.setSelectedItemsOnTop(true);
        binder.forField(memberOf)
                .withValidator(serverRefusals(memberOf, "error.user.noDirection", "error.direction."))
                .bind(v -> v.directions, (v, value) -> v.directions = new HashSet<>(value));

        if (user != null && user.getOrigin().isDirectory()) {
            showWhatTheDirectoryDecides(user, directions, displayName, email, roles, memberOf);
        }

        form.add(login, displayName);
        form.add(email, 2);
        form.add(roles, memberOf);
        fill();
    }

    /**
     * A directory account: its name and e-mail come from the directory, and so do the roles and
     * directions marked "annuaire" (kept whatever is ticked here); the administrator adjusts the rest.
     */
    private void showWhatTheDirectoryDecides(UserAccount user, List<Direction> directions, TextField displayName,
                                             TextField email, CheckboxGroup<Role> roles,
                                             MultiSelectComboBox<Direction> memberOf) {
        String origin = getTranslation(user.getOrigin().labelKey());
        displayName.setReadOnly(true);
        displayName.setHelperText(getTranslation("admin.users.fromDirectory", origin));
        email.setReadOnly(true);
        email.setHelperText(getTranslation("admin.users.fromDirectory", origin));
        Set<Role> directoryRoles = user.getDirectoryRoles();
        roles.setItemEnabledProvider(role -> !directoryRoles.contains(role));
        roles.setItemLabelGenerator(role -> directoryRoles.contains(role)
                ? getTranslation("admin.users.directoryGrant", getTranslation(role.labelKey()))
                : getTranslation(role.labelKey()));
        roles.setHelperText(getTranslation("admin.users.directoryRolesHelp"));
        String granted = directions.stream().filter(d -> user.getDirectoryDirectionIds().contains(d.getId()))
                .map(Direction::getShortName).collect(Collectors.joining(", "));
        if (!granted.isEmpty()) {
            memberOf.setHelperText(getTranslation("admin.users.directoryDirectionsHelp", granted));
        }
    }

    private static boolean matches(Direction direction, String filter) {
        String wanted = Search.normalise(filter);
        return Search.normalise(direction.getName()).contains(wanted)
                || (direction.getAcronym() != null && Search.normalise(direction.getAcronym()).contains(wanted));
    }

    private static Values values(UserAccount user, List<Direction> directions) {
        Values values = new Values();
        if (user != null) {
            values.login = user.getLogin();
            values.displayName = user.getDisplayName();
            values.email = user.getEmail();
            values.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
            // The choices are other instances than any the account holds: match by id.
            values.directions = directions.stream().filter(d -> user.getDirectionIds().contains(d.getId()))
                    .collect(Collectors.toCollection(HashSet::new));
        }
        return values;
    }

    @Override
    protected void save(Values values) {
        UserDraft draft = new UserDraft(values.login, values.displayName, values.email, values.roles,
                values.directions.stream().map(Direction::getId).collect(Collectors.toSet()));
        if (user == null) {
            String password = users.createWithGeneratedPassword(draft);
            saved.accept(new Saved(values.displayName.strip(), values.login.strip().toLowerCase(java.util.Locale.ROOT),
                    password));
        } else {
            UserAccount updated = users.update(user.getId(), draft, user.getVersion());
            saved.accept(new Saved(updated.getDisplayName(), updated.getLogin(), null));
        }
    }
}

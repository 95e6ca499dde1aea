package fr.recueil.organisation.ui;

import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.organisation.InputRules;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;

import java.util.function.Consumer;

/** Creates a pôle, or renames one. */
class PoleDialog extends FormDialog<PoleDialog.Values> {

    static final class Values {
        String name = "";
    }

    private final transient OrganisationService organisation;
    private final Pole pole;
    private final transient Consumer<Pole> saved;

    /** {@code pole} null for a new pôle; {@code saved} runs once the service accepted the change. */
    PoleDialog(OrganisationService organisation, Pole pole, Consumer<Pole> saved) {
        super("pole-dialog", pole == null ? "admin.org.pole.new" : "admin.org.pole.rename",
                pole == null ? "action.create" : "action.save", values(pole));
        this.organisation = organisation;
        this.pole = pole;
        this.saved = saved;
        setWidth("32rem");

        TextField name = withId(new TextField(getTranslation("admin.org.pole.name")), "pole-name");
        name.setRequiredIndicatorVisible(true);
        binder.forField(name)
                .asRequired(getTranslation("error.name.required"))
                .withValidator(rule(InputRules::name))
                .withValidator(serverRefusals(name, "error.pole.duplicate", "error.name."))
                .bind(v -> v.name, (v, value) -> v.name = value);
        form.add(name);
        fill();
    }

    private static Values values(Pole pole) {
        Values values = new Values();
        if (pole != null) {
            values.name = pole.getName();
        }
        return values;
    }

    @Override
    protected void save(Values values) {
        Pole result = pole == null ? organisation.createPole(values.name)
                : organisation.renamePole(pole.getId(), values.name, pole.getVersion());
        saved.accept(result);
    }
}

package fr.recueil.organisation.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.InputRules;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Creates a direction, or changes its name, acronym and pôle. */
class DirectionDialog extends FormDialog<DirectionDialog.Values> {

    static final class Values {
        String name = "";
        String acronym = "";
        Pole pole;
    }

    private final transient OrganisationService organisation;
    private final Direction direction;
    private final transient Consumer<Direction> saved;

    /**
     * {@code direction} null for a new one, placed in {@code initialPole} (null: "hors pôle");
     * {@code poles} are the choices, in report order.
     */
    DirectionDialog(OrganisationService organisation, List<Pole> poles, Direction direction, Pole initialPole,
                    Consumer<Direction> saved) {
        super("direction-dialog", direction == null ? "admin.org.direction.new" : "admin.org.direction.edit",
                direction == null ? "action.create" : "action.save", values(direction, initialPole, poles));
        this.organisation = organisation;
        this.direction = direction;
        this.saved = saved;
        setWidth("36rem");

        TextField name = withId(new TextField(getTranslation("admin.org.direction.name")), "direction-name");
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("admin.org.direction.nameHelp"));
        binder.forField(name)
                .asRequired(getTranslation("error.name.required"))
                .withValidator(rule(InputRules::name))
                .withValidator(serverRefusals(name, "error.direction.duplicateName", "error.name."))
                .bind(v -> v.name, (v, value) -> v.name = value);

        TextField acronym = withId(new TextField(getTranslation("admin.org.direction.acronym")), "direction-acronym");
        acronym.setHelperText(getTranslation("admin.org.direction.acronymHelp"));
        acronym.setMaxWidth("14rem");
        binder.forField(acronym)
                .withValidator(rule(InputRules::acronym))
                .withValidator(serverRefusals(acronym, "error.direction.duplicateAcronym", "error.acronym."))
                .bind(v -> v.acronym, (v, value) -> v.acronym = value);

        Select<Pole> pole = withId(new Select<>(), "direction-pole");
        pole.setLabel(getTranslation("admin.org.direction.pole"));
        pole.setItems(poles);
        pole.setEmptySelectionAllowed(true);
        pole.setEmptySelectionCaption(getTranslation("admin.org.standalone"));
        pole.setItemLabelGenerator(p -> p == null ? getTranslation("admin.org.standalone")
                : p.isActive() ? p.getName() : getTranslation("admin.org.pole.inactiveChoice", p.getName()));
        pole.setHelperText(getTranslation("admin.org.direction.poleHelp"));
        binder.forField(pole)
                .withValidator(serverRefusals(pole, "error.pole."))
                .bind(v -> v.pole, (v, value) -> v.pole = value);

        form.add(name, acronym, pole);
        fill();
    }

    private static Values values(Direction direction, Pole initialPole, List<Pole> poles) {
        Values values = new Values();
        Long poleId = direction == null ? (initialPole == null ? null : initialPole.getId()) : direction.getPoleId();
        // The choices are other instances than the direction's own pôle: match by id.
        values.pole = poles.stream().filter(p -> Objects.equals(p.getId(), poleId)).findFirst().orElse(null);
        if (direction != null) {
            values.name = direction.getName();
            values.acronym = direction.getAcronym() == null ? "" : direction.getAcronym();
        }
        return values;
    }

    @Override
    protected void save(Values values) {
        Long poleId = values.pole == null ? null : values.pole.getId();
        Direction result = direction == null
                ? organisation.createDirection(values.name, values.acronym, poleId)
                : organisation.updateDirection(direction.getId(), values.name, values.acronym, poleId,
                direction.getVersion());
        saved.accept(result);
    }
}

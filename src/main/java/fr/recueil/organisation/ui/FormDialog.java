package fr.recueil.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dialog with a form: the Binder refuses bad input before the server is asked, and a refusal from
 * the server is shown inside the dialog, which stays open with everything the user typed. A refusal
 * about one field (a duplicate acronym) is shown under that field until its value changes; any
 * other refusal (someone changed the record meanwhile) above the form.
 */
abstract class FormDialog<T> extends Dialog {

    protected final Binder<T> binder = new Binder<>();
    protected final FormLayout form = new FormLayout();
    private final T values;
    private final Div refusal = new Div();
    private final List<FieldRule> fieldRules = new ArrayList<>();
    private final Map<HasValue<?, ?>, Refused> refused = new HashMap<>();

    private record FieldRule(String keyPrefix, HasValue<?, ?> field) {
    }

    private record Refused(Object value, String message) {
    }

    /** {@code values}: what the fields show when the dialog opens, and where the Binder writes. */
    FormDialog(String id, String titleKey, String saveKey, T values) {
        this.values = values;
        setId(id);
        setHeaderTitle(getTranslation(titleKey));
        addClassName("recueil-form-dialog");
        // A stray click beside the dialog must not throw away what was typed.
        setCloseOnOutsideClick(false);
        refusal.setId(id + "-refusal");
        refusal.addClassName("recueil-form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(refusal, form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        Button save = new Button(getTranslation(saveKey), e -> submit());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** Sends the form's values to the service; a refusal is thrown and shown by the dialog. */
    protected abstract void save(T values);

    /** Fills the fields from the values given to the constructor; call once the fields are bound. */
    protected void fill() {
        binder.readBean(values);
    }

    /**
     * A validator that shows, under this field, the server's refusals whose message key starts with
     * one of the prefixes, for as long as the field keeps the value the server refused.
     */
    protected <V> Validator<V> serverRefusals(HasValue<?, V> field, String... keyPrefixes) {
        for (String prefix : keyPrefixes) {
            fieldRules.add(new FieldRule(prefix, field));
        }
        return (value, context) -> {
            Refused refusedValue = refused.get(field);
            return refusedValue != null && Objects.equals(refusedValue.value(), value)
                    ? ValidationResult.error(refusedValue.message()) : ValidationResult.ok();
        };
    }

    /** A validator applying one of the domain's input rules, with the server's own message. */
    protected <V> Validator<V> rule(Function<V, Optional<BusinessException>> check) {
        return (value, context) -> check.apply(value)
                .map(refused -> ValidationResult.error(getTranslation(refused.messageKey(), refused.arguments())))
                .orElse(ValidationResult.ok());
    }

    void submit() {
        refused.clear();
        refusal.setVisible(false);
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        try {
            save(values);
            close();
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException failure) {
            show(failure);
        }
    }

    private void show(RuntimeException failure) {
        String message = Notifications.message(this, failure);
        if (failure instanceof BusinessException business) {
            for (FieldRule rule : fieldRules) {
                if (business.messageKey().startsWith(rule.keyPrefix())) {
                    refused.put(rule.field(), new Refused(rule.field().getValue(), message));
                    binder.validate();
                    if (rule.field() instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                    return;
                }
            }
        }
        refusal.setText(message);
        refusal.setVisible(true);
    }

    protected static <C extends Component> C withId(C component, String id) {
        component.setId(id);
        return component;
    }
}

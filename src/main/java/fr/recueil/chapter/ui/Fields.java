package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.recueil.base.BusinessException;
import fr.recueil.base.Formats;
import fr.recueil.base.Translations;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.FigureValue;

import java.util.Locale;

/** Small shared pieces of the block editors: fields that report every change, icon buttons, live checks. */
final class Fields {

    private Fields() {
    }

    static TextField text(Component owner, String labelKey, EditorContext context) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        return watch(field, context);
    }

    static TextArea area(Component owner, String labelKey, EditorContext context) {
        TextArea field = new TextArea(owner.getTranslation(labelKey));
        return watch(field, context);
    }

    /** Reports the user's changes as they type (not programmatic fills) and honours read-only mode. */
    static <F extends TextFieldBase<F, String>> F watch(F field, EditorContext context) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setReadOnly(context.readOnly());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed();
            }
        });
        return field;
    }

    static <F extends Component & HasValue<?, ?>> F watchField(F field, EditorContext context) {
        field.setReadOnly(context.readOnly());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed();
            }
        });
        return field;
    }

    static Button icon(Component owner, VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String label = owner.getTranslation(labelKey);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    static Button add(Component owner, String labelKey, Runnable action) {
        Button button = new Button(owner.getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("recueil-add");
        return button;
    }

    /** A block or item title: required, and refused above the report's limit (the text stays). */
    static void checkTitle(TextField title, boolean required) {
        String value = title.getValue();
        if (required && value.isBlank()) {
            title.setErrorMessage(title.getTranslation("editor.title.required"));
            title.setInvalid(true);
        } else if (value.length() > ContentRules.TITLE_MAX) {
            title.setErrorMessage(title.getTranslation("editor.title.tooLong", ContentRules.TITLE_MAX, value.length()));
            title.setInvalid(true);
        } else {
            title.setInvalid(false);
        }
    }

    /** A figure value checked as the user types, with the precise French reason when it does not parse. */
    static void checkFigure(TextField field) {
        String value = field.getValue();
        if (value == null || value.isBlank()) {
            field.setInvalid(false);
            return;
        }
        try {
            FigureValue.parse(value);
            field.setInvalid(false);
        } catch (BusinessException e) {
            field.setErrorMessage(field.getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        }
    }

    static String count(Component owner, int value) {
        return Formats.number(value, locale());
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.FRENCH : ui.getLocale();
    }
}

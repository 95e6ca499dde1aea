package fr.recueil.chapter.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.content.KeyFigure;

/**
 * One key figure: its value (checked as it is typed, with the precise French reason), its label,
 * its N-1 value with the variation computed next to it, and a note. "Phrase sans chiffre" turns it
 * into a sentence with no number; "Non disponible", with its reason, stands in for a value that
 * cannot be given this year.
 */
final class FigureEditor extends Div {

    private final EditorContext context;
    private final TextField value;
    private final TextField label;
    private final TextField previous;
    private final TextField note;
    private final Checkbox sentence;
    private final Checkbox unavailable;
    private final TextField unavailableReason;
    private final Span variation = new Span();

    FigureEditor(EditorContext context) {
        this.context = context;
        addClassName("recueil-figure");
        value = Fields.text(this, "editor.figure.value", context);
        value.setLabel(getTranslation("editor.figure.value", context.campaignYear()));
        value.setPlaceholder(getTranslation("editor.figure.value.placeholder"));
        value.addClassName("recueil-figure-value");
        label = Fields.text(this, "editor.figure.label", context);
        label.addClassName("recueil-figure-label");
        previous = Fields.text(this, "editor.figure.previous", context);
        previous.setLabel(getTranslation("editor.figure.previous", context.previousYear()));
        previous.addClassName("recueil-figure-previous");
        note = Fields.text(this, "editor.figure.note", context);
        note.addClassName("recueil-figure-note");
        sentence = Fields.watchField(new Checkbox(getTranslation("editor.figure.sentence")), context);
        sentence.addClassName("recueil-figure-sentence");
        sentence.setVisible(!context.readOnly());
        unavailable = Fields.watchField(new Checkbox(getTranslation("editor.figure.unavailable")), context);
        unavailable.addClassName("recueil-figure-unavailable");
        unavailableReason = Fields.text(this, "editor.figure.unavailable.reason", context);
        unavailableReason.addClassName("recueil-figure-unavailable-reason");
        unavailableReason.setPlaceholder(getTranslation("editor.figure.unavailable.reason.placeholder"));
        variation.addClassName("recueil-variation");

        value.addValueChangeListener(e -> {
            Fields.checkFigure(value);
            refresh();
        });
        previous.addValueChangeListener(e -> {
            Fields.checkFigure(previous);
            refresh();
        });
        sentence.addValueChangeListener(e -> refresh());
        unavailable.addValueChangeListener(e -> {
            refresh();
            if (e.isFromClient() && e.getValue()) {
                unavailableReason.focus();
            }
        });
        unavailableReason.addValueChangeListener(e -> refresh());

        Div extra = new Div(variation, note, sentence, unavailable, unavailableReason);
        extra.addClassName("recueil-figure-extra");
        add(value, label, previous, extra);
        refresh();
    }

    void setFigure(KeyFigure figure) {
        sentence.setValue(figure.sentence());
        value.setValue(figure.value() == null ? "" : figure.value());
        label.setValue(figure.label());
        previous.setValue(figure.previousValue() == null ? "" : figure.previousValue());
        note.setValue(figure.note() == null ? "" : figure.note());
        unavailable.setValue(figure.unavailable() != null);
        unavailableReason.setValue(figure.unavailable() == null ? "" : figure.unavailable());
        refresh();
    }

    KeyFigure getFigure() {
        return new KeyFigure(value.getValue(), label.getValue(), previous.getValue(), note.getValue(), sentence.getValue(),
                unavailable.getValue() ? unavailableReason.getValue() : null);
    }

    TextField valueField() {
        return value;
    }

    TextField labelField() {
        return label;
    }

    TextField previousField() {
        return previous;
    }

    Checkbox sentenceField() {
        return sentence;
    }

    Checkbox unavailableField() {
        return unavailable;
    }

    TextField unavailableReasonField() {
        return unavailableReason;
    }

    Span variationText() {
        return variation;
    }

    private void refresh() {
        boolean isSentence = sentence.getValue();
        setClassName("sentence", isSentence);
        value.setVisible(!isSentence);
        previous.setVisible(!isSentence);
        label.setLabel(getTranslation(isSentence ? "editor.figure.sentenceText" : "editor.figure.label"));
        label.setPlaceholder(getTranslation(isSentence ? "editor.figure.sentenceText.placeholder" : "editor.figure.label.placeholder"));
        KeyFigure figure = getFigure();
        // "Non disponible" is offered while there is no value; it hides nothing typed.
        boolean noValue = !isSentence && value.getValue().isBlank();
        unavailable.setVisible(noValue && (!context.readOnly() || figure.unavailable() != null));
        unavailableReason.setVisible(noValue && unavailable.getValue());
        if (unavailableReason.isVisible() && unavailableReason.getValue().isBlank()) {
            unavailableReason.setErrorMessage(getTranslation("editor.figure.unavailable.reason.required"));
            unavailableReason.setInvalid(true);
        } else {
            unavailableReason.setInvalid(false);
        }
        String text = isSentence ? "" : FigureTexts.variation(this, figure, context.previousYear()).orElse("");
        variation.setText(text);
        variation.setVisible(!text.isEmpty());
        variation.getElement().setAttribute("data-trend", FigureTexts.trend(figure));
        if (figure.declaredUnavailable()) {
            value.setHelperText(getTranslation("editor.figure.unavailable.helper"));
        } else if (figure.isAwaitingValue()) {
            value.setHelperText(getTranslation("editor.figure.awaiting"));
        } else {
            value.setHelperText(null);
        }
    }
}

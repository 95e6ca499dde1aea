package fr.recueil.chapter.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.content.KeyFigure;

/**
 * One key figure: its value (checked as it is typed, with the precise French reason), its label,
 * its N-1 value with the variation computed next to it, and a note. "Phrase sans chiffre" turns it
 * into a sentence with no number.
 */
final class FigureEditor extends Div {

    private final EditorContext context;
    private final TextField value;
    private final TextField label;
    private final TextField previous;
    private final TextField note;
    private final Checkbox sentence;
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

        Div extra = new Div(variation, note, sentence);
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
        refresh();
    }

    KeyFigure getFigure() {
        return new KeyFigure(value.getValue(), label.getValue(), previous.getValue(), note.getValue(), sentence.getValue());
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
        String text = isSentence ? "" : FigureTexts.variation(this, figure, context.previousYear()).orElse("");
        variation.setText(text);
        variation.setVisible(!text.isEmpty());
        variation.getElement().setAttribute("data-trend", FigureTexts.trend(figure));
        if (figure.isAwaitingValue()) {
            value.setHelperText(getTranslation("editor.figure.awaiting"));
        } else {
            value.setHelperText(null);
        }
    }
}

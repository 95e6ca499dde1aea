package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.Variation;

import java.util.Optional;

/**
 * One key figure as typed: its value ({@code 148 183}, {@code 99 %}), its label, an optional N-1
 * value and an optional note. Without a value it is a sentence with no number, kept as it is.
 */
public record KeyFigure(String value, String label, String previousValue, String note) {

    public KeyFigure {
        value = Texts.blank(value) ? null : value.strip();
        label = Texts.orEmpty(label).strip();
        previousValue = Texts.blank(previousValue) ? null : previousValue.strip();
        note = Texts.blank(note) ? null : note.strip();
    }

    public static KeyFigure sentence(String text) {
        return new KeyFigure(null, text, null, null);
    }

    @JsonIgnore
    public boolean isSentence() {
        return value == null;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return value == null && label.isEmpty();
    }

    /** The parsed value; fails with the precise French message when it does not parse. */
    public FigureValue parsedValue() {
        return FigureValue.parse(value);
    }

    public Optional<FigureValue> parsedPrevious() {
        return previousValue == null ? Optional.empty() : Optional.of(FigureValue.parse(previousValue));
    }

    public Optional<Variation> variation() {
        if (isSentence() || previousValue == null || !FigureValue.isValid(value) || !FigureValue.isValid(previousValue)) {
            return Optional.empty();
        }
        return Variation.between(parsedValue(), FigureValue.parse(previousValue));
    }

    public KeyFigure withPreviousValue(String previous) {
        return new KeyFigure(value, label, previous, note);
    }

    public KeyFigure withValue(String newValue) {
        return new KeyFigure(newValue, label, previousValue, note);
    }
}

package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.Variation;

import java.util.Optional;

/**
 * One key figure as typed: its value ({@code 148 183}, {@code 99 %}), its label, an optional N-1
 * value and an optional note. A figure may instead be a sentence with no number: then the label
 * holds the sentence and there is no value. A numeric figure may wait for its value (a draft,
 * or one prefilled from last year), or be declared "non disponible" with the reason why
 * ({@code unavailable}: null when not declared, empty while the reason is still to be given).
 */
public record KeyFigure(String value, String label, String previousValue, String note, boolean sentence,
                        String unavailable) {

    @JsonCreator
    public KeyFigure {
        value = sentence || Texts.blank(value) ? null : value.strip();
        label = Texts.orEmpty(label).strip();
        previousValue = sentence || Texts.blank(previousValue) ? null : previousValue.strip();
        note = Texts.blank(note) ? null : note.strip();
        unavailable = sentence || value != null || unavailable == null ? null : unavailable.strip();
    }

    /** A figure not declared "non disponible". */
    public KeyFigure(String value, String label, String previousValue, String note, boolean sentence) {
        this(value, label, previousValue, note, sentence, null);
    }

    public static KeyFigure number(String value, String label) {
        return new KeyFigure(value, label, null, null, false, null);
    }

    public static KeyFigure ofSentence(String text) {
        return new KeyFigure(null, text, null, null, true, null);
    }

    /**
     * A numeric figure whose value is still to be typed: it keeps the chapter from being submitted,
     * unless it is declared "non disponible" with a reason.
     */
    @JsonIgnore
    public boolean isAwaitingValue() {
        return !sentence && value == null && !label.isEmpty() && !declaredUnavailable();
    }

    /** Declared "non disponible", with the reason given (not a bean getter: "unavailable" is the reason itself). */
    public boolean declaredUnavailable() {
        return unavailable != null && !unavailable.isEmpty();
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
        if (sentence || value == null || previousValue == null || !FigureValue.isValid(value)
                || !FigureValue.isValid(previousValue)) {
            return Optional.empty();
        }
        return Variation.between(parsedValue(), FigureValue.parse(previousValue));
    }

    public KeyFigure withPreviousValue(String previous) {
        return new KeyFigure(value, label, previous, note, sentence, unavailable);
    }

    public KeyFigure withValue(String newValue) {
        return new KeyFigure(newValue, label, previousValue, note, sentence, unavailable);
    }
}

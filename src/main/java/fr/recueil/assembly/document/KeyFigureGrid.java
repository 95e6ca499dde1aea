package fr.recueil.assembly.document;

import java.util.List;

/** A group of key figures under an optional heading, shown as a grid of cards or a list. */
public record KeyFigureGrid(String heading, List<KeyFigureCell> figures) implements DocBlock {

    public KeyFigureGrid {
        figures = List.copyOf(figures);
        heading = Printable.text(heading);
    }

    /**
     * One key figure, every text final.
     *
     * @param value     the formatted value ("148 183", "5 037 554,95 €", "près de 99 %"); null for a sentence
     * @param label     what is counted, or the whole sentence
     * @param variation "+9 % par rapport à 2022", "−2,5 points par rapport à 2022", or null
     * @param trend     the direction of the variation
     * @param previous  the N-1 value as printed ("2022 : 136 000"), or null
     * @param note      a footnote, or null
     */
    public record KeyFigureCell(String value, String label, String variation, Trend trend, String previous, String note) {

        public KeyFigureCell {
            value = Printable.text(value);
            label = Printable.text(label);
            variation = Printable.text(variation);
            previous = Printable.text(previous);
            note = Printable.text(note);
        }

        public boolean isSentence() {
            return value == null;
        }
    }

    public enum Trend {
        UP,
        DOWN,
        STABLE,
        NONE
    }
}

package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.Variation;
import fr.recueil.chapter.content.KeyFigure;

import java.math.BigDecimal;
import java.util.Optional;

/** How a key figure and its variation read: {@code 148 183}, "+9 % par rapport à 2023", "+2,5 points". */
final class FigureTexts {

    private static final char MINUS = '\u2212';

    private FigureTexts() {
    }

    /** The value as the report prints it, or the text as typed while it does not parse. */
    static String value(Component owner, String typed) {
        if (typed == null) {
            return "";
        }
        return FigureValue.isValid(typed) ? FigureValue.parse(typed).format(Fields.locale()) : typed;
    }

    static Optional<String> variation(Component owner, KeyFigure figure, int previousYear) {
        return figure.variation().map(v -> variation(owner, v, previousYear));
    }

    static String variation(Component owner, Variation variation, int previousYear) {
        BigDecimal rounded = variation.rounded();
        String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? String.valueOf(MINUS) : "";
        String number = new FigureValue(rounded.abs(), null).format(Fields.locale());
        String key = variation.points() ? "editor.figure.variation.points" : "editor.figure.variation.percent";
        return owner.getTranslation(key, sign + number, previousYear);
    }

    /** "up", "down" or "flat", for the colour of the variation. */
    static String trend(KeyFigure figure) {
        return figure.variation().map(v -> v.sign() > 0 ? "up" : v.sign() < 0 ? "down" : "flat").orElse("flat");
    }
}

package fr.recueil.organisation.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What users type in a search box, compared without case or accents: "helene" finds "Hélène". */
final class Search {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Search() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

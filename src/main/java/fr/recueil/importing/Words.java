package fr.recueil.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Titles compared the way a reader compares them: no case, no accents, no filler words. */
final class Words {

    // Words every organisational title uses: they say nothing about which direction it is.
    private static final Set<String> FILLER = Set.of("de", "la", "le", "les", "des", "du", "d", "l", "et", "a", "au",
            "aux", "en", "pour", "sur", "par", "un", "une", "direction", "delegation", "service", "services",
            "departement", "departemental", "departementale", "departementaux", "collectivite", "annee", "vers");

    private Words() {
    }

    /** Lower case, no accents, apostrophes and punctuation as spaces. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('œ', 'o').replace("æ", "ae")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    static Set<String> significant(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(normalise(text).split(" ")));
        words.removeIf(w -> w.isEmpty() || FILLER.contains(w) || w.matches("\\d{4}"));
        return words;
    }

    /** Numbering and bullets in front of a title: "1 - ", "2 – ", "II. ", "a) ", "B. ", "- ". */
    static String withoutNumbering(String title) {
        return title.replaceFirst("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*(?:[.)]|\\s*[-–—:])?\\s+|[IVXLC]{1,6}(?:[.)]|\\s*[-–—])\\s+"
                + "|[a-zA-Z][.)]\\s+|[-–—•❖➔▪►]\\s+)", "").strip();
    }
}

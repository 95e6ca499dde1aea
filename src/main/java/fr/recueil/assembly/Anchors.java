package fr.recueil.assembly;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Readable anchors, unique in one document: "annexe-4", "les-chiffres-cles-de-l-annee-2". */
final class Anchors {

    private static final int MAX_LENGTH = 60;

    private final Set<String> taken = new HashSet<>();

    String next(String text) {
        String base = slug(text);
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "section" : slug;
    }
}

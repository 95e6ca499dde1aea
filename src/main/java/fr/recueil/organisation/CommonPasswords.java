package fr.recueil.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The passwords nobody should choose, shipped with the app (no network needed), in
 * {@code src/main/resources/passwords/}:
 * <ul>
 * <li>{@code common-passwords-royce-williams.txt.gz}: 19,640 common passwords from breaches, compiled
 *     by Royce Williams (2017) and shipped unchanged as Django ships it (BSD licence,
 *     {@code django/contrib/auth/common-passwords.txt.gz});</li>
 * <li>{@code common-passwords-fr.txt}: about 13,500 French ones made by {@code tools/french-passwords.py}:
 *     common French words, first names, cities, AZERTY walks and the words of a local authority, bare
 *     and followed by the usual years, digits and signs.</li>
 * </ul>
 * A password is refused if it is on the lists, or is one of their entries with only digits, signs or
 * spaces around it ("Marseille2024!"), or repeats one character; case does not matter.
 */
final class CommonPasswords {

    private static final String[] LISTS = {"/passwords/common-passwords-royce-williams.txt.gz",
            "/passwords/common-passwords-fr.txt"};

    private CommonPasswords() {
    }

    private static final class Holder {
        static final Set<String> PASSWORDS = load();
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            return true;
        }
        if (Holder.PASSWORDS.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && Holder.PASSWORDS.contains(core);
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        for (String list : LISTS) {
            try (InputStream raw = CommonPasswords.class.getResourceAsStream(list)) {
                if (raw == null) {
                    throw new IllegalStateException("missing " + list);
                }
                InputStream in = list.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                            .map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(passwords);
    }
}

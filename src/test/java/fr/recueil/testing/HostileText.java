package fr.recueil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text an attacker, a broken client or bad luck would type: markup and script, SQL, format strings,
 * control characters, lone surrogates, right-to-left overrides, huge and empty values, plus random
 * strings drawn from all of Unicode (seeded, so a failure can be replayed).
 */
public final class HostileText {

    public static final List<String> FIXED = List.of(
            "", " ", "\t\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "javascript:alert(1)", "[lien](javascript:alert(1))", "<iframe src=//evil>", "\"><svg onload=alert(1)>",
            "'; drop table chapter; --", "' or '1'='1", "%s%s%s%n", "{0}{1}''{", "${jndi:ldap://x/a}", "#{7*7}",
            "\u0000", "a\u0000b", "\u0007\u001b[31m", "\u007f", "\uD800", "x\uDC00y", "\uD83D", "😀", "👩‍👩‍👧",
            "\u202Egnp.exe", "\u200B\u200B", "\uFEFF", "é\u0301", "ﷺ", "𝕏", "\\", "\\u0000", "../../etc/passwd",
            "%2F%00", "1e308", "-0", "NaN", "9".repeat(400), "€".repeat(1001), "a".repeat(20_001), "\r\n".repeat(50),
            "| a | b |\n|---|---|\n| <b>c</b> | d |", "# Titre\n\n**gras** _italique_ [lien](https://exemple.fr)",
            "148 183", "5 037 554,95 €", "99 %", "Les chiffres clés de l'année « 2024 »");

    private HostileText() {
    }

    /** The fixed cases, then {@code random} strings drawn from {@code seed}. */
    public static List<String> samples(long seed, int random) {
        List<String> samples = new ArrayList<>(FIXED);
        Random rng = new Random(seed);
        for (int i = 0; i < random; i++) {
            samples.add(randomText(rng));
        }
        return samples;
    }

    /** Whether the app refuses this text where it is typed: a lone surrogate or a control character. */
    public static boolean refusedOnInput(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static String randomText(Random rng) {
        int length = rng.nextInt(rng.nextInt(10) == 0 ? 3000 : 40);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (rng.nextInt(6)) {
                case 0 -> out.append((char) rng.nextInt(0x80));                  // ASCII, controls included
                case 1 -> out.append((char) (0xA0 + rng.nextInt(0x2000)));         // Latin, punctuation...
                case 2 -> out.append((char) rng.nextInt(0x10000));                 // any UTF-16 unit, lone surrogates too
                case 3 -> out.appendCodePoint(0x10000 + rng.nextInt(0x10FFFF - 0x10000));
                case 4 -> out.append("<>&\"'`{}[]()*_#|\\%$".charAt(rng.nextInt(19)));
                default -> out.append("abcdefghijklmnopqrstuvwxyzéèàçœ 0123456789".charAt(rng.nextInt(42)));
            }
        }
        return out.toString();
    }
}

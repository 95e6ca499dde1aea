package fr.recueil.base;

/**
 * Text that can be stored as it was typed. A lone UTF-16 surrogate (half of an emoji, cut by a copy or
 * a buggy client) would silently become "?" in PostgreSQL, and a NUL or another invisible control
 * character is refused by it or breaks exports: both are refused with a French message saying where.
 */
public final class Unicode {

    private Unicode() {
    }

    /** Throws a refusal naming {@code where} (a text, or a {@link Translatable} field label) if the text holds a lone surrogate or a control character. */
    public static void requireWellFormed(Object where, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new BusinessException("error.text.brokenCharacter", where, i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                throw new BusinessException("error.text.brokenCharacter", where, i + 1);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                throw new BusinessException("error.text.controlCharacter", where, i + 1);
            }
        }
    }
}

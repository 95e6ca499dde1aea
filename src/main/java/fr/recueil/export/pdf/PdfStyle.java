package fr.recueil.export.pdf;

import org.openpdf.text.Font;

import java.awt.Color;

/** The report's look: its colours and type sizes, in one place. */
final class PdfStyle {

    static final Color INK = new Color(0x22, 0x2B, 0x33);
    static final Color NAVY = new Color(0x16, 0x34, 0x5A);
    static final Color ACCENT = new Color(0x1F, 0x7A, 0x8C);
    static final Color GREY = new Color(0x5E, 0x6A, 0x75);
    static final Color LIGHT_GREY = new Color(0x9A, 0xA5, 0xAE);
    static final Color RULE = new Color(0xC8, 0xD2, 0xDB);
    static final Color TINT = new Color(0xEC, 0xF2, 0xF6);
    static final Color ZEBRA = new Color(0xF5, 0xF7, 0xF9);
    static final Color NOTICE_TINT = new Color(0xFD, 0xF3, 0xE1);
    static final Color NOTICE_BORDER = new Color(0xD9, 0x8C, 0x1A);
    static final Color UP = new Color(0x2E, 0x7D, 0x4F);
    static final Color DOWN = new Color(0xB7, 0x3A, 0x2E);
    static final Color WHITE = Color.WHITE;

    static final float BODY_SIZE = 10.5f;
    static final float BODY_LEADING = 1.45f;

    private PdfStyle() {
    }

    static Font font(float size, boolean bold, boolean italic, Color color) {
        return new Font(PdfFonts.face(bold, italic), size, Font.NORMAL, color);
    }

    static Font regular(float size, Color color) {
        return font(size, false, false, color);
    }

    static Font bold(float size, Color color) {
        return font(size, true, false, color);
    }

    static Font italic(float size, Color color) {
        return font(size, false, true, color);
    }
}

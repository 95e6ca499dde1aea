package fr.recueil.demo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The demo authority's logo, drawn at startup rather than shipped as a file: a blue rounded square
 * with "94" (the département's number) over a green bar. A stand-in, not the real Val-de-Marne logo.
 */
final class DemoLogo {

    static final int SIZE = 240;
    private static final Color BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final Color GREEN = new Color(0x6c, 0xb3, 0x3f);

    private DemoLogo() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BLUE);
            g.fillRoundRect(0, 0, SIZE, SIZE, 48, 48);
            g.setColor(GREEN);
            g.fillRoundRect(SIZE / 4, SIZE * 3 / 4, SIZE / 2, 14, 14, 14);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
            FontMetrics metrics = g.getFontMetrics();
            String text = "94";
            g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2, SIZE / 2 + metrics.getAscent() / 4);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

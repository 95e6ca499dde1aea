package fr.recueil.chapter;

import fr.recueil.base.BusinessException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

/** An image is a PNG or a JPEG of at most 5 MB, recognised from its bytes, never from its name. */
public final class ImageRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS_SIDE = 12_000;

    private ImageRules() {
    }

    public record CheckedImage(String mediaType, int width, int height) {
    }

    public static CheckedImage check(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("error.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("error.image.tooLarge", megabytes(bytes.length), 5);
        }
        String mediaType = mediaType(bytes);
        if (mediaType == null) {
            throw new BusinessException("error.image.type", fileName == null ? "" : fileName, detected(bytes));
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() > MAX_PIXELS_SIDE || image.getHeight() > MAX_PIXELS_SIDE) {
                throw new BusinessException("error.image.unreadable", fileName == null ? "" : fileName);
            }
            return new CheckedImage(mediaType, image.getWidth(), image.getHeight());
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("error.image.unreadable", fileName == null ? "" : fileName);
        }
    }

    static String mediaType(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    /** What the file really is, when we can tell, for a message that helps. */
    private static String detected(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return "PDF";
        }
        if (head.startsWith("GIF8")) {
            return "GIF";
        }
        if (head.startsWith("PK")) {
            return "ZIP / Office";
        }
        if (head.startsWith("RIFF")) {
            return "WEBP";
        }
        return "?";
    }

    private static String megabytes(int bytes) {
        return String.format(Locale.FRENCH, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

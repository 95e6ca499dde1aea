package fr.recueil.chapter;

import fr.recueil.base.BusinessException;


import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * An image is a PNG or a JPEG of at most 5 MB, recognised from its bytes, never from its name, of at
 * most {@value #MAX_SIDE} pixels a side and {@value #MAX_MEGAPIXELS} million pixels. The dimensions
 * are read from the file's header before anything is decoded, so that a small file announcing a huge
 * picture (a decompression bomb) is refused without costing memory; an image within the limits is
 * then decoded once, subsampled, to prove it is readable. The same rule applies to uploads, to
 * images brought in by a Word import and to images put into an export ({@link #withinLimits}).
 */
public final class ImageRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 10_000;
    public static final int MAX_MEGAPIXELS = 40;
    static final long MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000L;
    /** The decode that proves an image readable keeps at most about this many pixels in memory. */
    private static final long CHECK_PIXELS = 1_000_000L;

    private ImageRules() {
    }

    public record CheckedImage(String mediaType, int width, int height) {
    }

    /** Width and height as the file's header announces them. */
    public record Dimensions(int width, int height) {

        boolean withinLimits() {
            return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE
                    && (long) width * height <= MAX_PIXELS;
        }
    }

    public static CheckedImage check(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("error.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("error.image.tooLarge", megabytes(bytes.length), 5);
        }
        String mediaType = mediaType(bytes);
        if (mediaType == null) {
            throw new BusinessException("error.image.type", name, detected(bytes));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(input, mediaType);
            try {
                Dimensions size = new Dimensions(reader.getWidth(0), reader.getHeight(0));
                if (!size.withinLimits()) {
                    throw new BusinessException("error.image.tooManyPixels", name,
                            size.width(), size.height(),
                            MAX_SIDE, MAX_MEGAPIXELS);
                }
                decodeOnce(reader, size);
                return new CheckedImage(mediaType, size.width(), size.height());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("error.image.unreadable", name);
        }
    }

    /**
     * The header's dimensions, without decoding the picture; empty when the bytes are not a PNG or a
     * JPEG whose header can be read.
     */
    public static Optional<Dimensions> dimensions(byte[] bytes) {
        String mediaType = bytes == null ? null : mediaType(bytes);
        if (mediaType == null) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(input, mediaType);
            try {
                return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether an image (stored earlier, or found in an imported document) may be decoded: header read only. */
    public static boolean withinLimits(byte[] bytes) {
        return bytes != null && bytes.length <= MAX_BYTES
                && dimensions(bytes).map(Dimensions::withinLimits).orElse(false);
    }

    private static ImageReader reader(ImageInputStream input, String mediaType) throws IOException {
        if (input == null) {
            throw new IOException("no image input");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + mediaType);
        }
        ImageReader reader = readers.next();
        // Header and metadata only until read() is called.
        reader.setInput(input, true, true);
        return reader;
    }

    /** Reads every pixel row once, keeping only a subsample in memory: proves the data is complete. */
    private static void decodeOnce(ImageReader reader, Dimensions size) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        long pixels = (long) size.width() * size.height();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / CHECK_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        if (image == null) {
            throw new IOException("no image");
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

package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageRulesTest {

    @Test
    void a_small_png_announcing_12000_by_12000_pixels_is_refused_from_its_header_with_a_message_saying_its_size()
            throws IOException {
        byte[] bomb = png(12_000, 12_000, true);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> ImageRules.check("bombe.png", bomb))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.image.tooManyPixels");
                    assertThat(e.getMessage()).contains("« bombe.png » mesure 12\u202f000 × 12\u202f000 pixels")
                            .contains("10\u202f000 pixels de côté").contains("40 millions de pixels");
                });
        assertThat(ImageRules.withinLimits(bomb)).isFalse();
    }

    @Test
    void the_size_is_read_from_the_header_alone_so_a_huge_image_without_its_pixel_data_is_still_refused_for_its_size()
            throws IOException {
        byte[] headerOnly = png(20_000, 20_000, false);
        assertThatThrownBy(() -> ImageRules.check("vide.png", headerOnly))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.tooManyPixels"));
        assertThat(ImageRules.dimensions(headerOnly)).contains(new ImageRules.Dimensions(20_000, 20_000));
    }

    @Test
    void more_than_40_megapixels_is_refused_even_when_each_side_is_under_10000_pixels() throws IOException {
        assertThatThrownBy(() -> ImageRules.check("large.png", png(7_000, 7_000, false)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.tooManyPixels"));
    }

    @Test
    void a_side_over_10000_pixels_is_refused_even_for_few_pixels() throws IOException {
        assertThatThrownBy(() -> ImageRules.check("bandeau.png", png(10_001, 1, true)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.tooManyPixels"));
    }

    @Test
    void an_image_within_the_limits_is_accepted_with_its_real_size() throws IOException {
        assertThat(ImageRules.check("photo.png", png(6_000, 4_000, true)))
                .isEqualTo(new ImageRules.CheckedImage("image/png", 6_000, 4_000));
        assertThat(ImageRules.check("photo.jpg", jpeg(640, 480)))
                .isEqualTo(new ImageRules.CheckedImage("image/jpeg", 640, 480));
    }

    @Test
    void an_image_within_the_limits_whose_pixel_data_is_missing_is_refused_as_unreadable() throws IOException {
        assertThatThrownBy(() -> ImageRules.check("coupée.png", png(800, 600, false)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.unreadable"));
    }

    @Test
    void bytes_that_are_not_an_image_have_no_dimensions_and_are_not_within_the_limits() {
        byte[] text = "%PDF-1.7 pas une image".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageRules.dimensions(text)).isEmpty();
        assertThat(ImageRules.withinLimits(text)).isFalse();
        assertThat(ImageRules.withinLimits(null)).isFalse();
    }

    /** A grey PNG written by hand, with its pixel data (all black, so tiny once compressed) or without. */
    static byte[] png(int width, int height, boolean withData) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[]{8, 0, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        if (withData) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
                byte[] row = new byte[width + 1];
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", compressed.toByteArray());
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream stream = new DataOutputStream(out);
        stream.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        stream.write(typeBytes);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }
}

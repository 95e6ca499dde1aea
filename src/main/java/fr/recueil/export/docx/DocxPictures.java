package fr.recueil.export.docx;

import fr.recueil.assembly.document.Picture;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Inline pictures at their natural size (96 dpi), shrunk to fit, carrying their alternative text. */
final class DocxPictures {

    private static final int EMU_PER_TWIP = 635;

    private final XWPFDocument doc;
    private int count;

    DocxPictures(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Adds the picture to the run, no wider nor taller than the given twips, described by {@code alt}. */
    void add(XWPFRun run, Picture picture, String alt, int maxWidthTwips, int maxHeightTwips) {
        double width = Math.max(1, picture.width()) * (double) Units.EMU_PER_PIXEL;
        double height = Math.max(1, picture.height()) * (double) Units.EMU_PER_PIXEL;
        double scale = Math.min(1, Math.min(maxWidthTwips * (double) EMU_PER_TWIP / width,
                maxHeightTwips * (double) EMU_PER_TWIP / height));
        PictureType type = picture.isPng() ? PictureType.PNG : PictureType.JPEG;
        String name = "image" + (++count) + (picture.isPng() ? ".png" : ".jpg");
        XWPFPicture added;
        try {
            added = run.addPicture(new ByteArrayInputStream(picture.data()), type, name,
                    (int) Math.round(width * scale), (int) Math.round(height * scale));
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("picture " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String description = alt == null ? "" : alt;
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        // every drawing of the document has its own id: Word reports a file with repeated ones as damaged
        docPr.setId(count);
        docPr.setName("Image " + count);
        docPr.setDescr(description);
        docPr.setTitle(description);
        added.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
    }
}

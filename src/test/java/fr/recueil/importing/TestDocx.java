package fr.recueil.importing;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Word documents built with POI for the tests, one irregular shape at a time. */
final class TestDocx {

    private final XWPFDocument document = new XWPFDocument();

    TestDocx heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
        return this;
    }

    TestDocx text(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    TestDocx bold(String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
        return this;
    }

    TestDocx bullet(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("ListBullet");
        paragraph.createRun().setText(text);
        return this;
    }

    TestDocx styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return this;
    }

    TestDocx withFootnote(String text, String note) {
        XWPFFootnote footnote = document.createFootnote();
        footnote.createParagraph().createRun().setText(note);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        paragraph.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
        return this;
    }

    TestDocx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.getFirst().size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    TestDocx picture(String description) {
        try {
            XWPFRun run = document.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "photo.png",
                    Units.toEMU(120), Units.toEMU(60));
            if (description != null) {
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
            }
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigInteger id(long value) {
        return BigInteger.valueOf(value);
    }
}

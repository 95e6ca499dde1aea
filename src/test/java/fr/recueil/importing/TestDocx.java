package fr.recueil.importing;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Word documents built with POI for the tests, one irregular shape at a time. */
public final class TestDocx {

    private final XWPFDocument document = new XWPFDocument();
    private BigInteger currentList;
    private int lists;

    public TestDocx heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
        return this;
    }

    public TestDocx text(String text) {
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

    /** A paragraph numbered by Word (not typed): {@code format} of each level, e.g. "decimal", "lowerLetter". */
    TestDocx numbered(String style, int level, boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.setNumID(numbering());
        paragraph.setNumILvl(BigInteger.valueOf(level));
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
        return this;
    }

    /** Starts a new list (its numbering starts again at 1), with these level formats and texts. */
    TestDocx newList(String... formatsAndTexts) {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(++lists));
        for (int i = 0; i < formatsAndTexts.length / 2; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formatsAndTexts[2 * i]));
            lvl.addNewLvlText().setVal(formatsAndTexts[2 * i + 1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        currentList = numbering.addNum(abstractId);
        return this;
    }

    private BigInteger numbering() {
        if (currentList == null) {
            newList("decimal", "%1.");
        }
        return currentList;
    }

    /** A line whose columns are separated by Word tabs. */
    TestDocx tabs(String... cells) {
        XWPFParagraph paragraph = document.createParagraph();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                paragraph.createRun().addTab();
            }
            paragraph.createRun().setText(cells[i]);
        }
        return this;
    }

    /** A number followed by a call typed in superscript by hand ("77 000 000" + "1"), then the rest. */
    TestDocx superscriptCall(String before, String call, String after) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("ListBullet");
        paragraph.createRun().setText(before);
        XWPFRun sup = paragraph.createRun();
        sup.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
        sup.setText(call);
        paragraph.createRun().setText(after);
        return this;
    }

    /** A footnote called right after a number, then the rest of the line. */
    TestDocx footnoteAfter(String before, String note, String after) {
        XWPFFootnote footnote = document.createFootnote();
        footnote.createParagraph().createRun().setText(note);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("ListBullet");
        paragraph.createRun().setText(before);
        paragraph.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
        paragraph.createRun().setText(after);
        return this;
    }

    TestDocx pageBreak() {
        document.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        return this;
    }

    public byte[] bytes() {
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

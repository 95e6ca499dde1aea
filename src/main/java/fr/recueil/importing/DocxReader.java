package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a .docx (or .docm, whose macros are never run nor kept) into {@link WordDocument}. Every
 * way a file can be wrong ends in a French message: not a Word file, a PDF renamed, an old .doc, a
 * password, an empty document, a zip bomb.
 */
final class DocxReader {

    /** The largest file accepted, checked at upload and again here. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_MEGABYTES = 50;

    // POI's defences against zip bombs are process-wide statics: set them explicitly, so that they
    // do not depend on POI's defaults. A .docx compresses XML about 10:1; 1:100 is a bomb.
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_TEXT_CHARACTERS = 20_000_000L;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
    }

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|titre|title|berschrift)\\s*([1-9])$");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final XWPFDocument document;
    private final Map<String, Integer> footnoteNumbers = new HashMap<>();
    private final ListNumbering numbering;

    private DocxReader(XWPFDocument document) {
        this.document = document;
        this.numbering = new ListNumbering(document);
    }

    static WordDocument read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BusinessException("error.import.emptyFile", fileName);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("error.import.tooLarge", fileName, MAX_MEGABYTES);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        switch (magic) {
            case OOXML -> { }
            case PDF -> throw new BusinessException("error.import.pdf", fileName);
            case OLE2 -> throw new BusinessException(encrypted(bytes) ? "error.import.encrypted" : "error.import.oldWord", fileName);
            default -> throw new BusinessException("error.import.notDocx", fileName);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
             XWPFDocument document = new XWPFDocument(pkg)) {
            boolean macros = !pkg.getPartsByName(Pattern.compile("(?i)/word/vba.*")).isEmpty()
                    || pkg.getPartsByContentType("application/vnd.ms-word.document.macroEnabled.main+xml").size() > 0;
            return new DocxReader(document).read(macros);
        } catch (BusinessException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new BusinessException("error.import.encrypted", fileName);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new BusinessException("error.import.zipBomb", fileName);
            }
            if (e instanceof NotOfficeXmlFileException || e instanceof POIXMLException
                    || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException || e instanceof IllegalArgumentException) {
                throw new BusinessException("error.import.notDocx", fileName);
            }
            throw new BusinessException("error.import.unreadable", fileName);
        }
    }

    /** An encrypted .docx is an OLE2 container holding the encryption info and the encrypted package. */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("zipsecurefile") || message.contains("max entry size")
                    || message.contains("exceeds the maximum")) {
                return true;
            }
        }
        return false;
    }

    private WordDocument read(boolean macros) {
        List<WordElement> elements = new ArrayList<>();
        List<String> toc = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            switch (element) {
                case XWPFParagraph paragraph -> {
                    if (isTocEntry(paragraph)) {
                        numbering.next(paragraph);
                        toc.add(tocText(paragraph.getText()));
                        elements.add(new WordElement.Contents(List.of(paragraph.getText().strip())));
                    } else {
                        paragraph(paragraph, elements);
                    }
                }
                case XWPFTable table -> elements.add(table(table));
                case XWPFSDT sdt -> contentControl(sdt, elements, toc);
                default -> { }
            }
        }
        return new WordDocument(Layout.arrange(elements, toc), toc, macros);
    }

    /** A table of contents is usually a content control titled "Sommaire" or "Table des matières". */
    private static void contentControl(XWPFSDT sdt, List<WordElement> elements, List<String> toc) {
        String[] lines = sdt.getContent().getText().split("\\R");
        boolean isToc = lines.length > 0 && Layout.isContentsTitle(lines[0]);
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isToc) {
                contents.add(line);
                if (i > 0) {
                    toc.add(tocText(line));
                }
            } else {
                elements.add(WordElement.Paragraph.plain(line));
            }
        }
        if (!contents.isEmpty()) {
            elements.add(new WordElement.Contents(contents));
        }
    }

    private boolean isTocEntry(XWPFParagraph paragraph) {
        String name = styleName(paragraph.getStyleID()).toLowerCase(Locale.ROOT);
        return name.startsWith("toc") || name.startsWith("table des mati") || name.startsWith("sommaire");
    }

    /** "Direction des finances ........ 12" → "Direction des finances". */
    static String tocText(String line) {
        return line.replaceAll("[\\t .·…]*\\d+\\s*$", "").strip();
    }

    private void paragraph(XWPFParagraph paragraph, List<WordElement> elements) {
        ListNumbering.Label label = numbering.next(paragraph);
        CTPPr pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.isSetPageBreakBefore() && !elements.isEmpty()
                && elements.getLast() instanceof WordElement.Paragraph previous) {
            elements.set(elements.size() - 1, previous.withPageBreakAfter());
        }
        boolean pageBreak = pPr != null && pPr.isSetSectPr();
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        List<String> notes = new ArrayList<>();
        boolean allBold = true;
        boolean anyText = false;
        for (IRunElement element : paragraph.getIRuns()) {
            if (!(element instanceof XWPFRun run)) {
                continue;
            }
            pageBreak |= run.getCTR().getBrList().stream()
                    .anyMatch(br -> br.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE);
            List<String> altTexts = altTexts(run);
            List<XWPFPicture> pictures = run.getEmbeddedPictures();
            for (int i = 0; i < pictures.size(); i++) {
                XWPFPicture picture = pictures.get(i);
                if (picture.getPictureData() != null) {
                    String fileName = picture.getPictureData().getFileName();
                    String alt = i < altTexts.size() ? altTexts.get(i) : picture.getDescription();
                    // Some writers put the file name where the alternative text goes: that describes nothing.
                    if (alt != null && (alt.equals(fileName) || alt.matches("(?i).*\\.(png|jpe?g|gif|emf|wmf)"))) {
                        alt = null;
                    }
                    elements.add(new WordElement.Picture(picture.getPictureData().getData(), fileName, alt));
                }
            }
            String runText = run.text().replaceAll("\\[(?:footnote|endnote)Ref:-?\\d+\\]", "");
            String marker = footnotes(run, notes);
            if (isSuperscript(run) && runText.strip().matches("\\d{1,3}|\\*{1,3}")) {
                // A call typed by hand after a number ("77 000 000" + "1"): a superscript, never more digits.
                runText = superscript(runText.strip());
            }
            runText += marker;
            if (runText.isEmpty()) {
                continue;
            }
            text.append(runText);
            if (!runText.isBlank()) {
                anyText = true;
                allBold &= run.isBold();
            }
            markdown.append(inlineMarkdown(run, runText));
        }
        String raw = text.toString().replace('\u00A0', ' ');
        String plain = raw.replace('\t', ' ').strip();
        if (plain.isEmpty() && notes.isEmpty()) {
            if (pageBreak && !elements.isEmpty() && elements.getLast() instanceof WordElement.Paragraph previous) {
                elements.set(elements.size() - 1, previous.withPageBreakAfter());
            }
            return;
        }
        String style = styleName(paragraph.getStyleID()).toLowerCase(Locale.ROOT);
        boolean numbered = label != null && !label.bullet();
        boolean list = label != null || paragraph.getNumID() != null || style.contains("list");
        int listLevel = label != null ? label.level() : paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        boolean caption = style.contains("caption") || style.contains("légende") || style.contains("legende");
        int headingLevel = headingLevel(paragraph);
        boolean bold = anyText && allBold;
        String md = tidy(markdown.toString());
        String number = null;
        if (numbered && (headingLevel > 0 || bold)) {
            // A numbered title: its number is part of what the reader sees ("2. Un nouveau collège").
            plain = label.text() + " " + plain;
            md = escapeNumber(label.text()) + " " + md;
            list = false;
            numbered = false;
        } else if (numbered) {
            number = label.text();
        }
        elements.add(new WordElement.Paragraph(plain, md, headingLevel, bold, list, numbered, listLevel, caption, notes,
                number, Layout.cells(raw), Layout.spacedColumns(raw), pageBreak));
    }

    /** A number that Markdown would read as a list marker ("2." or "2)") is escaped. */
    static String escapeNumber(String number) {
        return number.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /** Superscript set on the run or by its character style ("Appel de note"), as footnote calls are. */
    private boolean isSuperscript(XWPFRun run) {
        if (run.getVerticalAlignment() == org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT) {
            return true;
        }
        var rPr = run.getCTR().getRPr();
        if (rPr == null || rPr.sizeOfRStyleArray() == 0 || document.getStyles() == null) {
            return false;
        }
        String id = rPr.getRStyleArray(0).getVal();
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return false;
            }
            var styleRPr = style.getCTStyle().getRPr();
            if (styleRPr != null && styleRPr.sizeOfVertAlignArray() > 0) {
                return styleRPr.getVertAlignArray(0).getVal()
                        == org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT;
            }
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return false;
    }

    /** The alternative texts Word keeps on each drawing of the run (wp:docPr/@descr), in order. */
    private static List<String> altTexts(XWPFRun run) {
        List<String> texts = new ArrayList<>();
        for (var drawing : run.getCTR().getDrawingList()) {
            drawing.getInlineList().forEach(inline -> texts.add(inline.getDocPr() == null ? null : inline.getDocPr().getDescr()));
            drawing.getAnchorList().forEach(anchor -> texts.add(anchor.getDocPr() == null ? null : anchor.getDocPr().getDescr()));
        }
        return texts;
    }

    /** A footnote call becomes a superscript number; the note's text travels with its paragraph. */
    private String footnotes(XWPFRun run, List<String> notes) {
        StringBuilder markers = new StringBuilder();
        for (CTFtnEdnRef reference : run.getCTR().getFootnoteReferenceList()) {
            String id = "f" + reference.getId();
            int number = footnoteNumbers.computeIfAbsent(id, k -> footnoteNumbers.size() + 1);
            markers.append(superscript(String.valueOf(number)));
            note(document.getFootnoteByID(reference.getId().intValue()), number, notes);
        }
        for (CTFtnEdnRef reference : run.getCTR().getEndnoteReferenceList()) {
            int number = footnoteNumbers.computeIfAbsent("e" + reference.getId(), k -> footnoteNumbers.size() + 1);
            markers.append(superscript(String.valueOf(number)));
            note(document.getEndnoteByID(reference.getId().intValue()), number, notes);
        }
        return markers.toString();
    }

    private static void note(XWPFAbstractFootnoteEndnote note, int number, List<String> notes) {
        if (note != null) {
            StringBuilder body = new StringBuilder();
            note.getParagraphs().forEach(p -> body.append(body.isEmpty() ? "" : " ").append(p.getText().strip()));
            notes.add(superscript(String.valueOf(number)) + " " + body.toString().strip());
        }
    }

    private String inlineMarkdown(XWPFRun run, String runText) {
        String escaped = escape(runText.replace('\u00A0', ' ').replace('\t', ' '));
        if (run instanceof XWPFHyperlinkRun link) {
            XWPFHyperlink target = link.getHyperlink(document);
            if (target != null && target.getURL() != null && target.getURL().matches("(?i)https?://\\S+|mailto:\\S+")) {
                return "[" + escaped.strip() + "](" + target.getURL() + ")";
            }
        }
        if (escaped.isBlank()) {
            return escaped;
        }
        // Emphasis markers must hug the words, so the spaces around them stay outside.
        Matcher m = Pattern.compile("^(\\s*)(.*?)(\\s*)$", Pattern.DOTALL).matcher(escaped);
        m.matches();
        String core = m.group(2);
        if (run.isBold()) {
            core = "**" + core + "**";
        }
        if (run.isItalic()) {
            core = "*" + core + "*";
        }
        return m.group(1) + core + m.group(3);
    }

    /** Adjacent bold runs become one bold span. */
    private static String tidy(String markdown) {
        return markdown.replace("****", "").replaceAll("\\*\\*(\\s+)\\*\\*", "$1").strip();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replaceFirst("^(\\s*)([#>+])", "$1\\\\$2");
    }

    private int headingLevel(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetOutlineLvl()) {
            int level = own.getOutlineLvl().getVal().intValue() + 1;
            return level <= 9 ? level : 0;
        }
        String id = paragraph.getStyleID();
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
            Matcher byId = HEADING_STYLE.matcher(id.replace(" ", ""));
            if (byId.matches()) {
                return Integer.parseInt(byId.group(1));
            }
            if (id.equalsIgnoreCase("Title") || id.equalsIgnoreCase("Titre")) {
                return 1;
            }
            if (style == null) {
                return 0;
            }
            Matcher byName = HEADING_STYLE.matcher(String.valueOf(style.getName()).replace(" ", ""));
            if (byName.matches()) {
                return Integer.parseInt(byName.group(1));
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().isSetOutlineLvl()) {
                int level = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue() + 1;
                return level <= 9 ? level : 0;
            }
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return 0;
    }

    private String styleName(String id) {
        if (id == null) {
            return "";
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        return style == null || style.getName() == null ? id : style.getName();
    }

    private static WordElement.Table table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
            }
            rows.add(cells);
        }
        return new WordElement.Table(rows);
    }

    static String superscript(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(Character.isDigit(c) ? SUPERSCRIPTS.charAt(c - '0') : (char) c));
        return out.toString();
    }
}

package fr.recueil.export.pdf;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The PDF's logical structure (tagged PDF, PDF/UA): a small layer over OpenPDF's structure
 * elements, which know how to mark content but not what a reader needs around it.
 * <ul>
 * <li>Every element that holds text marks it through one {@code Span} child of its own: OpenPDF's
 * element holds either marked content or child elements, and a link found in the text must become
 * a {@code Link} child of the element ({@link #link}).</li>
 * <li>Content that is no part of the text (page furniture, backgrounds, rules, a watermark) is an
 * {@code Artifact} ({@link #artifact}).</li>
 * <li>The element whose text is being drawn is the {@linkplain #current() current one}, so that
 * links found while drawing know where they belong.</li>
 * </ul>
 */
final class PdfTags {

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName PART = new PdfName("Part");
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName DIV = new PdfName("Div");
    static final PdfName P = PdfName.P;
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName CAPTION = new PdfName("Caption");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName LINK = new PdfName("Link");
    static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");
    static final PdfName BLOCK_QUOTE = new PdfName("BlockQuote");
    static final PdfName NOTE = new PdfName("Note");
    private static final PdfName SPAN = PdfName.SPAN;
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName ACTUAL_TEXT = new PdfName("ActualText");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName OBJ = new PdfName("Obj");

    private final PdfWriter writer;
    private PdfStructureTreeRoot root;
    private PdfStructureElement document;
    /** The Span through which each element marks its text. */
    private final Map<PdfStructureElement, PdfStructureElement> texts = new IdentityHashMap<>();
    private PdfStructureElement current;
    private int links;

    /** Call before the document is opened: the writer is marked as tagged. */
    PdfTags(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
        writer.setTabs(PdfName.S);
    }

    /** Once the document is open: the structure tree and its root element. */
    void open() {
        root = writer.getStructureTreeRoot();
        document = new PdfStructureElement(root, DOCUMENT);
    }

    PdfStructureElement document() {
        return document;
    }

    /** A new element, the last child of {@code parent}. */
    PdfStructureElement add(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A heading element of level 1 to 6. */
    PdfStructureElement heading(PdfStructureElement parent, int level) {
        return add(parent, new PdfName("H" + Math.max(1, Math.min(6, level))));
    }

    /** A table's header cell, heading its column. */
    PdfStructureElement columnHeader(PdfStructureElement row) {
        PdfStructureElement th = add(row, TH);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        attributes.put(SCOPE, COLUMN);
        th.put(PdfName.A, attributes);
        return th;
    }

    /** The text an assistive technology reads for a figure. */
    static void alt(PdfStructureElement element, String text) {
        element.put(PdfName.ALT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }

    // --- marked content

    /** Begins marking what is drawn on {@code canvas} as text of {@code element}, until {@link #end}. */
    void begin(PdfContentByte canvas, PdfStructureElement element) {
        PdfStructureElement text = texts.computeIfAbsent(element, e -> new PdfStructureElement(e, SPAN));
        canvas.beginMarkedContentSequence(text);
        current = element;
    }

    /**
     * Begins marking content of {@code element} through a Span of its own whose ActualText
     * ({@code spoken}) replaces the glyphs for assistive technologies, which read the structure
     * tree; text extraction (copy, search, pdftotext), which reads the content, gets
     * {@code extracted} instead ("" hides the glyphs: their text is extracted elsewhere).
     */
    void beginReplaced(PdfContentByte canvas, PdfStructureElement element, String spoken, String extracted) {
        PdfStructureElement span = new PdfStructureElement(element, SPAN);
        span.put(ACTUAL_TEXT, new PdfString(spoken, PdfObject.TEXT_UNICODE));
        PdfDictionary properties = new PdfDictionary();
        properties.put(ACTUAL_TEXT, new PdfString(extracted, PdfObject.TEXT_UNICODE));
        canvas.beginMarkedContentSequence(span, properties);
        current = element;
    }

    void end(PdfContentByte canvas) {
        canvas.endMarkedContentSequence();
        current = null;
    }

    /** The element whose text is being drawn, or null. */
    PdfStructureElement current() {
        return current;
    }

    /** Begins marking what is drawn as an artifact (no part of the text), until {@link #endArtifact}. */
    static void artifact(PdfContentByte canvas) {
        canvas.beginMarkedContentSequence(ARTIFACT, null, false);
    }

    /** A pagination artifact: running header, footer, page number. */
    static void pagination(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName("Pagination"));
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    static void endArtifact(PdfContentByte canvas) {
        canvas.endMarkedContentSequence();
    }

    // --- links

    /**
     * A link annotation over {@code area} of the current page, to a web address or to a named
     * destination of the document ({@code local}), tagged as a {@code Link} child of the element
     * being drawn (or of the document when nothing is).
     */
    void link(Rectangle area, String target, boolean local, String description) {
        PdfAction action = local ? PdfAction.gotoLocalPage(target, false) : new PdfAction(target);
        PdfAnnotation annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), action);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
        PdfStructureElement link = new PdfStructureElement(current == null ? document : current, LINK);
        alt(link, description);
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(root.addExistingObject(link.getReference())));
        PdfDictionary reference = new PdfDictionary(OBJR);
        reference.put(OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        PdfArray kids = new PdfArray();
        kids.add(reference);
        link.put(PdfName.K, kids);
        writer.addAnnotation(annotation);
        links++;
    }

    int links() {
        return links;
    }
}

package fr.recueil.export.docx;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDocPart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes one report into a new Word document; one instance per rendering. */
final class DocxWriter {

    /** A4 in twentieths of a point, with 2.5 cm margins. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1417;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final BigInteger BULLETS = BigInteger.ONE;
    private static final BigInteger NUMBERED_ABSTRACT = BigInteger.TWO;
    private static final int LIST_INDENT = 567;

    private final ReportDocument report;
    private final XWPFDocument doc = new XWPFDocument();
    private final DocxTables tables;
    private final DocxPictures pictures;
    private final Map<String, String> bookmarks = new HashMap<>();
    private CTNumbering numbering;
    private int nextNumId = 2;
    private int nextBookmarkId = 1;
    /** The next block starts on a new page: set on its first paragraph rather than leaving an empty one. */
    private boolean pageBreakPending;

    DocxWriter(ReportDocument report) {
        this.report = report;
        this.pictures = new DocxPictures(doc);
        this.tables = new DocxTables(this);
    }

    byte[] write() {
        DocumentInfo info = report.info();
        String language = wordLanguage(info.language());
        doc.createStyles().setStyles(DocxTemplates.styles(language));
        numbering = DocxTemplates.numbering();
        doc.createNumbering().setNumbering(numbering);
        numbering.addNewNum().setNumId(BULLETS);
        numbering.getNumArray(0).addNewAbstractNumId().setVal(BigInteger.ONE);
        properties(info, language);
        List<Heading> entries = report.tocEntries();
        for (int i = 0; i < entries.size(); i++) {
            bookmarks.put(entries.get(i).anchor(), "_Toc" + (100000 + i));
        }
        cover(report.cover());
        pageBreakPending = true;
        for (DocBlock block : report.body()) {
            block(block);
        }
        // Written last so that the body is appended to, never inserted into before a trailing sectPr.
        section(info);
        doc.enforceUpdateFields();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XWPFDocument document() {
        return doc;
    }

    /** A new body paragraph, opening a new page if a page break is pending. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (pageBreakPending) {
            p.setPageBreak(true);
            pageBreakPending = false;
        }
        return p;
    }

    /** Before a table: its first row cannot carry the page break, an empty paragraph does. */
    void beforeTable() {
        if (pageBreakPending) {
            XWPFParagraph p = paragraph(null);
            p.setSpacingAfter(0);
        }
    }

    /** Word level minus document level, for the headings of the current chapter. */
    private int wordLevelOffset;

    private void block(DocBlock block) {
        switch (block) {
            case Heading h -> heading(h);
            case Paragraph p -> spans(paragraph(style(p.style())), p.spans());
            case BulletList l -> list(l, 0);
            case KeyFigureGrid g -> tables.keyFigures(g);
            case Table t -> tables.table(t);
            case Figure f -> figure(f);
            case Timeline t -> tables.timeline(t);
            case PageBreak ignored -> pageBreakPending = true;
            case TableOfContents t -> tableOfContents(t);
        }
    }

    static String style(ParagraphStyle style) {
        return switch (style) {
            case BODY -> null;
            case LEAD -> "Lead";
            case QUOTE -> "Quote";
            case NOTE -> "Note";
            case NOTICE -> "Notice";
        };
    }

    /**
     * Word's contents field lists outline levels 1–2, so a heading's Word level follows its role:
     * parts and listed front matter at 1, chapters at 2 (also those outside any part), their
     * sections below; an unlisted front heading gets a title style with no outline level.
     */
    private String headingStyle(Heading heading) {
        switch (heading.role()) {
            case PART -> wordLevelOffset = 0;
            case FRONT -> {
                wordLevelOffset = 0;
                if (!heading.inToc()) {
                    return "TOCHeading";
                }
            }
            case CHAPTER -> wordLevelOffset = 2 - heading.level();
            default -> {
                return "Heading" + Math.max(3, Math.min(5, heading.level() + wordLevelOffset));
            }
        }
        return "Heading" + Math.min(5, heading.level() + wordLevelOffset);
    }

    private void heading(Heading heading) {
        XWPFParagraph p = paragraph(headingStyle(heading));
        String bookmark = bookmarks.get(heading.anchor());
        BigInteger id = null;
        if (bookmark != null) {
            id = BigInteger.valueOf(nextBookmarkId++);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setId(id);
            start.setName(bookmark);
        }
        if (heading.role() == HeadingRole.PART) {
            p.setSpacingBefore(3400);
            p.setSpacingAfter(480);
        }
        if (heading.number() != null) {
            XWPFRun number = p.createRun();
            number.setStyle("ChapterNumber");
            number.setText(heading.number() + " — ");
        }
        XWPFRun text = p.createRun();
        text.setText(heading.text());
        if (heading.role() == HeadingRole.PART) {
            text.setFontSize(30);
        }
        if (id != null) {
            p.getCTP().addNewBookmarkEnd().setId(id);
        }
    }

    void spans(XWPFParagraph p, List<Span> spans) {
        for (Span span : spans) {
            if (span.isLineBreak()) {
                p.createRun().addBreak();
                continue;
            }
            XWPFRun run;
            if (span.link() != null && linkable(span.link())) {
                XWPFHyperlinkRun link = p.createHyperlinkRun(span.link());
                link.setStyle("Hyperlink");
                run = link;
            } else {
                run = p.createRun();
            }
            if (span.bold()) {
                run.setBold(true);
            }
            if (span.italic()) {
                run.setItalic(true);
            }
            run.setText(span.text());
        }
    }

    /** A link Word can hold: an absolute http(s) or mailto address; any other stays plain text. */
    private static boolean linkable(String target) {
        try {
            java.net.URI uri = new java.net.URI(target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private void list(BulletList list, int depth) {
        BigInteger numId = list.ordered() ? numberedList(list.start(), depth) : BULLETS;
        int level = Math.min(depth, 5);
        for (BulletList.ListItem item : list.items()) {
            boolean first = true;
            for (DocBlock block : item.blocks()) {
                if (block instanceof Paragraph para) {
                    String style = para.style() == ParagraphStyle.BODY ? "ListParagraph" : style(para.style());
                    XWPFParagraph p = paragraph(style);
                    if (first) {
                        p.setNumID(numId);
                        p.setNumILvl(BigInteger.valueOf(level));
                    } else {
                        p.setIndentationLeft(LIST_INDENT * (level + 1));
                    }
                    spans(p, para.spans());
                    first = false;
                } else if (block instanceof BulletList nested) {
                    list(nested, depth + 1);
                }
            }
        }
    }

    /** Each numbered list restarts at its own start: a w:num of its own over the shared definition. */
    private BigInteger numberedList(int start, int depth) {
        BigInteger numId = BigInteger.valueOf(nextNumId++);
        CTNum num = numbering.addNewNum();
        num.setNumId(numId);
        num.addNewAbstractNumId().setVal(NUMBERED_ABSTRACT);
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(Math.min(depth, 5)));
        override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(start, 0)));
        return numId;
    }

    private void figure(Figure figure) {
        XWPFParagraph p = paragraph(null);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        p.setSpacingBefore(120);
        pictures.add(p.createRun(), figure.picture(), figure.alt(), TEXT_WIDTH, 8000);
        if (figure.caption() != null && !figure.caption().isBlank()) {
            paragraph("Caption").createRun().setText(figure.caption());
        } else {
            p.setSpacingAfter(240);
        }
    }

    private void cover(Cover cover) {
        if (cover.logo() != null) {
            XWPFParagraph logo = paragraph(null);
            logo.setSpacingAfter(240);
            pictures.add(logo.createRun(), cover.logo(), cover.authority() == null ? cover.title() : cover.authority(),
                    2400, 1700);
        }
        if (cover.authority() != null) {
            paragraph("CoverAuthority").createRun().setText(cover.authority());
        } else {
            paragraph(null).setSpacingAfter(2400);
        }
        tables.coverBand(cover.yearLabel(), cover.title(), cover.subtitle());
        if (cover.notice() != null) {
            paragraph("Notice").createRun().setText(cover.notice());
        }
    }

    /**
     * A TOC field in a table-of-contents content control, as Word makes it, filled with the
     * current entries, each a link to its heading. Page numbers are left to Word, which refreshes
     * the field on opening (updateFields): a number written here could only be a guess, and
     * LibreOffice would print it as is.
     */
    private void tableOfContents(TableOfContents toc) {
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        CTSdtDocPart part = sdt.addNewSdtPr().addNewDocPartObj();
        part.addNewDocPartGallery().setVal("Table of Contents");
        part.addNewDocPartUnique();
        var content = sdt.addNewSdtContent();
        XWPFParagraph title = new XWPFParagraph(content.addNewP(), doc);
        title.setStyle("TOCHeading");
        if (pageBreakPending) {
            title.setPageBreak(true);
            pageBreakPending = false;
        }
        title.createRun().setText(toc.title());
        List<Heading> entries = report.tocEntries();
        if (entries.isEmpty()) {
            CTP p = content.addNewP();
            DocxFields.field(p::addNewR, tocInstruction(), "");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Heading entry = entries.get(i);
            CTP ctp = content.addNewP();
            XWPFParagraph p = new XWPFParagraph(ctp, doc);
            p.setStyle("TOC" + Math.min(entry.level(), 2));
            if (i == 0) {
                DocxFields.begin(ctp::addNewR, tocInstruction());
            }
            String bookmark = bookmarks.get(entry.anchor());
            CTHyperlink link = ctp.addNewHyperlink();
            link.setAnchor(bookmark);
            DocxFields.text(link.addNewR(), entry.fullText());
            if (i == entries.size() - 1) {
                DocxFields.end(ctp::addNewR);
            }
        }
    }

    private static String tocInstruction() {
        return "TOC \\o \"1-2\" \\h \\z \\u";
    }

    private void section(DocumentInfo info) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg();

        XWPFParagraph running = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        running.setStyle("Header");
        running.createRun().setText(info.title());
        XWPFParagraph coverHeader = doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        if (info.draft() && info.draftMark() != null) {
            DocxWatermark.add(running.getCTP(), info.draftMark(), 1);
            DocxWatermark.add(coverHeader.getCTP(), info.draftMark(), 2);
        }
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle("Footer");
        CTP p = pages.getCTP();
        DocxFields.text(p.addNewR(), "Page ");
        DocxFields.field(p::addNewR, "PAGE", "1");
        DocxFields.text(p.addNewR(), " / ");
        DocxFields.field(p::addNewR, "NUMPAGES", "1");
    }

    private void properties(DocumentInfo info, String language) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(info.title());
        if (info.author() != null) {
            core.setCreator(info.author());
        }
        if (info.generatedAt() != null) {
            core.setCreated(Optional.of(Date.from(info.generatedAt())));
        }
        core.getUnderlyingProperties().setLanguageProperty(language);
        if (info.authority() != null) {
            doc.getProperties().getExtendedProperties().setCompany(info.authority());
        }
    }

    /** Word wants a region: "fr" is written "fr-FR". */
    static String wordLanguage(String language) {
        if (language == null || language.isBlank()) {
            return "fr-FR";
        }
        if (language.contains("-")) {
            return language;
        }
        return "fr".equals(language) ? "fr-FR" : language;
    }
}

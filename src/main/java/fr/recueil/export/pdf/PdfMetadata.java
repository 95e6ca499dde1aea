package fr.recueil.export.pdf;

import fr.recueil.assembly.document.DocumentInfo;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfICCBased;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * What the PDF says about itself: its document properties and the same facts as XMP metadata, its
 * language, its title shown as the window's title, and its claims of conformance — PDF/A-2a
 * (archivable: PDF 1.7, an sRGB output intent, everything tagged and in Unicode) and PDF/UA-1
 * (accessible) — which the renderer's tests check with veraPDF.
 */
final class PdfMetadata {

    private static final String PRODUCT = "Recueil";

    private final DocumentInfo info;

    PdfMetadata(DocumentInfo info) {
        this.info = info;
    }

    /** The PDF's language: a region is added to a bare "fr" (the authority writes French of France). */
    String language() {
        String language = info.language() == null ? "fr" : info.language();
        return language.equals("fr") ? "fr-FR" : language;
    }

    /** Before the document opens: version, viewer preferences, properties, language. */
    void before(Document document, PdfWriter writer) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        document.addTitle(info.title());
        if (info.author() != null) {
            document.addAuthor(info.author());
        }
        if (subject() != null) {
            document.addSubject(subject());
        }
        document.addCreator(PRODUCT);
        document.setDocumentLanguage(language());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language()));
    }

    private String subject() {
        return info.authority() == null ? null : info.authority() + " — " + info.title();
    }

    /** Once open: the creation date (the assembly's), the sRGB output intent of PDF/A. */
    void opened(PdfWriter writer) {
        Instant at = info.generatedAt() == null ? Instant.now() : info.generatedAt();
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().remove(PdfName.MODDATE);

        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        try {
            PdfICCBased profile = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** Just before closing: the XMP metadata, from the document properties as they will be written. */
    void beforeClose(PdfWriter writer) {
        writer.setXmpMetadata(xmp(writer.getInfo()).getBytes(StandardCharsets.UTF_8));
    }

    private String xmp(PdfDictionary properties) {
        StringBuilder xmp = new StringBuilder();
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xmp.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(text(properties, PdfName.TITLE))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (properties.get(PdfName.AUTHOR) != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(text(properties, PdfName.AUTHOR))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (properties.get(PdfName.SUBJECT) != null) {
            xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(text(properties, PdfName.SUBJECT))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xmp.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n");
        xmp.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (properties.get(PdfName.CREATOR) != null) {
            xmp.append("<xmp:CreatorTool>").append(text(properties, PdfName.CREATOR)).append("</xmp:CreatorTool>\n");
        }
        if (properties.get(PdfName.CREATIONDATE) != null) {
            xmp.append("<xmp:CreateDate>")
                    .append(PdfDate.getW3CDate(properties.getAsString(PdfName.CREATIONDATE).toString()))
                    .append("</xmp:CreateDate>\n");
        }
        xmp.append("</rdf:Description>\n");
        if (properties.get(PdfName.PRODUCER) != null) {
            xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                    .append("<pdf:Producer>").append(text(properties, PdfName.PRODUCER)).append("</pdf:Producer>\n")
                    .append("</rdf:Description>\n");
        }
        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        // PDF/A accepts only the schemas it knows or that the file describes: PDF/UA's is described here.
        xmp.append("""
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                """);
        xmp.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xmp.toString();
    }

    private static String text(PdfDictionary properties, PdfName key) {
        PdfObject value = properties.get(key);
        return escape(value instanceof PdfString string ? string.toUnicodeString() : String.valueOf(value));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

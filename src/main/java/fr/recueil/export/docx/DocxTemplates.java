package fr.recueil.export.docx;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet and list definitions, kept as WordprocessingML next to this class so that they
 * read (and can be adjusted) like what Word itself writes.
 */
final class DocxTemplates {

    private static final String STYLES = load("styles.xml");
    private static final String NUMBERING = load("numbering.xml");

    private DocxTemplates() {
    }

    /** The styles, with the text's language ("fr-FR") on the default run properties. */
    static CTStyles styles(String language) {
        try {
            return StylesDocument.Factory.parse(STYLES.replace("@LANG@", language)).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml", e);
        }
    }

    static CTNumbering numbering() {
        try {
            return NumberingDocument.Factory.parse(NUMBERING).getNumbering();
        } catch (XmlException e) {
            throw new IllegalStateException("numbering.xml", e);
        }
    }

    private static String load(String name) {
        try (InputStream in = DocxTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

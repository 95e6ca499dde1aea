package fr.recueil.export.pdf;

import org.openpdf.text.Rectangle;

/**
 * Links as OpenPDF generic tags: a chunk's link is not left to OpenPDF (whose annotations are
 * untagged) but told to {@link PageFurniture#onGenericTag}, which gets the chunk's place on the
 * page and makes a tagged link there ({@link PdfTags#link}). The tag carries the target and the
 * link's text, which becomes the annotation's description.
 */
final class PdfLinks {

    private static final String WEB = "\u0000link\u0000web\u0000";
    private static final String LOCAL = "\u0000link\u0000local\u0000";
    private static final char SEPARATOR = '\u0000';

    private PdfLinks() {
    }

    /** The generic tag of a chunk linking to a web address. */
    static String web(String url, String text) {
        return WEB + url + SEPARATOR + text;
    }

    /** The generic tag of a chunk linking to a named destination of the document (a heading's anchor). */
    static String local(String anchor, String text) {
        return LOCAL + anchor + SEPARATOR + text;
    }

    /** Makes the link a generic tag stands for; false when the tag is not a link. */
    static boolean place(String tag, Rectangle area, PdfTags tags) {
        boolean local = tag.startsWith(LOCAL);
        if (!local && !tag.startsWith(WEB)) {
            return false;
        }
        String rest = tag.substring((local ? LOCAL : WEB).length());
        int separator = rest.indexOf(SEPARATOR);
        String target = rest.substring(0, separator);
        String text = rest.substring(separator + 1).strip();
        tags.link(area, target, local, local ? text : text + " (" + target + ")");
        return true;
    }
}

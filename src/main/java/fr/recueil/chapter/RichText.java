package fr.recueil.chapter;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rich text is CommonMark limited to what a report needs: paragraphs, bold, italic, bullet and
 * numbered lists, two levels of sub-headings, links and GFM tables. Raw HTML is never rendered:
 * it is escaped, and every rendering goes through a sanitiser as well.
 */
public final class RichText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h3", "h4", "a", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");
    private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:");
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|object|embed|style)\\b");

    private RichText() {
    }

    /** The rendered, sanitised HTML of a Markdown text, sub-headings mapped to h3 and h4. */
    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        flattenHeadings(document);
        String html = RENDERER.render(document);
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings);
    }

    /**
     * The Markdown as the browser-side preview may render it: raw HTML turned into plain text, so
     * that the Markdown component never sees a tag, whatever it would do with one.
     */
    public static String toSafeMarkdown(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("(?i)\\]\\(\\s*(javascript|vbscript|data)\\s*:[^)]*\\)", "](#)");
    }

    /** The parsed tree, for renderers that walk it (PDF, DOCX). */
    public static Node parse(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        flattenHeadings(document);
        return document;
    }

    /**
     * Text the user must change before it is stored: a script tag, or a link or image whose
     * destination (as CommonMark reads it, references and entities resolved) is a script. Prose is
     * never a link: "Stratégie open data : 42 jeux publiés" is text, whatever its colons.
     */
    public static boolean holdsScript(String markdown) {
        if (markdown == null) {
            return false;
        }
        if (SCRIPT_TAG.matcher(markdown).find()) {
            return true;
        }
        boolean[] found = {false};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] |= isScript(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found[0] |= isScript(image.getDestination());
                visitChildren(image);
            }
        });
        return found[0];
    }

    /** Browsers ignore blanks and control characters in a scheme and its case: so does this. */
    private static boolean isScript(String destination) {
        if (destination == null) {
            return false;
        }
        StringBuilder scheme = new StringBuilder();
        for (char c : destination.toCharArray()) {
            if (c > ' ') {
                scheme.append(Character.toLowerCase(c));
            }
        }
        String normalised = scheme.toString();
        return SCRIPT_SCHEMES.stream().anyMatch(normalised::startsWith);
    }

    /** Headings of any level become the two sub-heading levels a chapter block allows (3 and 4). */
    private static void flattenHeadings(Node document) {
        Node node = document.getFirstChild();
        while (node != null) {
            if (node instanceof Heading heading) {
                heading.setLevel(heading.getLevel() <= 3 ? 3 : 4);
            }
            node = node.getNext();
        }
    }
}

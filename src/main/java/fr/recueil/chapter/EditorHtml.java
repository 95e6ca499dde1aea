package fr.recueil.chapter;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bridge between stored rich text (CommonMark) and the WYSIWYG editor (Quill 1.3.7's HTML).
 * <p>
 * The editor only ever produces paragraphs, bold, italic, bullet and numbered lists with one level
 * of nesting (Quill writes nested items as flat {@code <li class="ql-indent-1">}), links and sub-headings.
 * Whatever the browser sends back is sanitised with jsoup down to that subset (a script, an event
 * handler, a {@code javascript:} link or a style cannot get through), nested properly, converted to
 * CommonMark by flexmark's HTML converter, and then checked by the usual {@link RichText} rules.
 * <p>
 * Texts holding something the editor cannot show (tables, quotes, code, line breaks inside a paragraph,
 * deeper lists, a list not starting at 1) are left to the Markdown editor: {@link #fits} says so, so
 * that nothing is lost by opening a text in the WYSIWYG editor.
 */
public final class EditorHtml {

    /** What may reach the converter: the editor's subset, nothing else (no attribute but a link's href). */
    private static final Safelist EDITOR_SUBSET = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href")
            .addAttributes("li", "class")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final Pattern INDENT = Pattern.compile("ql-indent-(\\d+)");
    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.LIST_CONTENT_INDENT, true)
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
            .set(FlexmarkHtmlConverter.DIV_TABLE_PROCESSING, false)
            .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
            .set(FlexmarkHtmlConverter.EXTRACT_AUTO_LINKS, false)
            .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
            .set(FlexmarkHtmlConverter.NBSP_TEXT, " "))
            .build();

    private EditorHtml() {
    }

    /**
     * Whether the WYSIWYG editor can show this text exactly: only paragraphs, bold, italic, links, sub-headings
     * and lists starting at 1 with one level of nesting and one paragraph per item.
     */
    public static boolean fits(String markdown) {
        return fits(RichText.parse(markdown), 0);
    }

    /** The stored Markdown as the editor loads it (Quill's own HTML: flat lists with indent classes). */
    public static String toEditorHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(RichText.toSafeHtml(markdown));
        html.outputSettings().prettyPrint(false);
        Element body = html.body();
        for (Element link : body.select("a")) {
            link.removeAttr("rel").removeAttr("title");
        }
        for (TextNode text : body.textNodes()) {
            if (text.isBlank()) {
                text.remove();
            }
        }
        for (Element element : body.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                // a soft line break reads as a space, as the report shows it
                text.text(text.getWholeText().replace('\n', ' '));
            }
        }
        for (Element list : new ArrayList<>(body.select("> ul, > ol"))) {
            flatten(list);
        }
        return body.html();
    }

    /**
     * The editor's HTML (or anything pasted or forged in its place) as clean CommonMark: sanitised down to
     * the editor's subset first, so that nothing outside it reaches the stored text.
     */
    public static String toMarkdown(String editorHtml) {
        if (editorHtml == null || editorHtml.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document.OutputSettings settings = new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(editorHtml, "", EDITOR_SUBSET, settings);
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(clean);
        html.outputSettings(settings);
        Element body = html.body();
        normalise(body);
        nestLists(body);
        String markdown = CONVERTER.convert(body.html());
        return tidy(markdown);
    }

    /**
     * What the user pasted (from Word, LibreOffice, a web page), as editor HTML keeping only bold, italic, lists,
     * links, paragraphs and the allowed sub-headings ({@code headingLevels} 0, 1 or 2): Word's list paragraphs
     * ({@code mso-list}) become list items, bold and italic given by styles become tags, and styles, fonts,
     * colours, images, comments and tracked changes are dropped.
     */
    public static String fromClipboard(String pastedHtml, int headingLevels) {
        if (pastedHtml == null || pastedHtml.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document pasted = Jsoup.parse(pastedHtml);
        Element body = pasted.body();
        wordLists(body);
        // Word: comments, deleted text of tracked changes, the bullets it writes as text, its comment marks
        body.select("del, s, strike, [style~=(?i)mso-list:\\s*ignore], .MsoCommentReference, .msocomtxt, "
                + "[style~=(?i)mso-element:\\s*comment], .MsoCommentText, style, script, title, meta, link").remove();
        for (Element element : body.getAllElements()) {
            String style = element.attr("style").toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            boolean boldTag = element.tagName().equals("b") || element.tagName().equals("strong");
            if (boldTag && (style.contains("font-weight:normal") || style.contains("font-weight:400"))) {
                element.tagName("span");
            } else if (!boldTag && (style.contains("font-weight:bold") || style.matches(".*font-weight:[6-9]00.*"))) {
                element.wrap("<strong></strong>");
            }
            if (style.contains("font-style:italic") && !element.tagName().matches("i|em")) {
                element.wrap("<em></em>");
            }
        }
        org.jsoup.nodes.Document.OutputSettings settings = new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(body.html(), "", EDITOR_SUBSET, settings);
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(clean);
        html.outputSettings(settings);
        Element result = html.body();
        normalise(result);
        for (Element heading : result.select("h3, h4")) {
            if (headingLevels <= 0 || headingLevels == 1 && heading.tagName().equals("h4")) {
                heading.tagName(headingLevels <= 0 ? "p" : "h3");
            }
        }
        nestLists(result);
        for (Element list : new ArrayList<>(result.select("> ul, > ol"))) {
            flatten(list);
        }
        return result.html();
    }

    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?[0-9a-zA-Z]{1,4}[.)]$");
    private static final Pattern MARKER_IN_TEXT = Pattern.compile(
            "^[\\s\\u00a0]*(\\(?[0-9]{1,3}[.)]|\\(?[a-zA-Z][.)]|[·•▪◦§o\\-–\\uF0A7\\uF0B7])[\\s\\u00a0]+");

    /**
     * Word writes list items as paragraphs ({@code class="MsoListParagraph…"}, {@code style="mso-list:l0 level2 lfo1"})
     * with the bullet or number as text, usually in a {@code mso-list:Ignore} span: they become items of a list,
     * numbered when that marker is a number or a letter.
     */
    private static void wordLists(Element body) {
        for (Element paragraph : new ArrayList<>(body.select("p[style*=mso-list], p[class^=MsoListParagraph]"))) {
            var level = Pattern.compile("level(\\d+)").matcher(paragraph.attr("style"));
            int depth = level.find() ? Integer.parseInt(level.group(1)) - 1 : 0;
            boolean ordered;
            Elements ignored = paragraph.select("[style~=(?i)mso-list:\\s*ignore]");
            if (!ignored.isEmpty()) {
                ordered = NUMBER_MARKER.matcher(ignored.text().replace('\u00a0', ' ').strip()).matches();
                ignored.remove();
            } else {
                // no Ignore span (LibreOffice, some Word versions): the marker is the start of the text
                TextNode first = allText(paragraph).stream().findFirst().orElse(null);
                var marker = first == null ? null : MARKER_IN_TEXT.matcher(first.getWholeText());
                ordered = false;
                if (marker != null && marker.find()) {
                    ordered = Character.isLetterOrDigit(marker.group(1).charAt(0)) || marker.group(1).startsWith("(");
                    first.text(first.getWholeText().substring(marker.end()));
                }
            }
            paragraph.tagName("li").clearAttributes();
            if (depth > 0) {
                paragraph.addClass("ql-indent-1");
            }
            Element previous = paragraph.previousElementSibling();
            String kind = ordered ? "ol" : "ul";
            if (previous != null && previous.tagName().equals(kind)) {
                previous.appendChild(paragraph);
            } else {
                paragraph.wrap("<" + kind + "></" + kind + ">");
            }
        }
    }

    private static List<TextNode> allText(Element element) {
        List<TextNode> texts = new ArrayList<>();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        });
        return texts;
    }

    // --- Markdown -> editor

    private static boolean fits(Node node, int listDepth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean ok = switch (child) {
                case Paragraph p -> fits(p, listDepth);
                case Heading h -> fits(h, listDepth) && listDepth == 0;
                case Text t -> true;
                case SoftLineBreak b -> true;
                case Emphasis e -> fits(e, listDepth);
                case StrongEmphasis s -> fits(s, listDepth);
                case Link l -> fits(l, listDepth);
                case HtmlInline h -> true;
                case BulletList list -> listDepth < 2 && fits(list, listDepth + 1);
                case OrderedList list -> listDepth < 2 && list.getMarkerStartNumber() == 1 && fits(list, listDepth + 1);
                case ListItem item -> itemFits(item) && fits(item, listDepth);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One paragraph, optionally followed by nested lists: what a Quill list line can hold. */
    private static boolean itemFits(ListItem item) {
        Node first = item.getFirstChild();
        if (first == null) {
            return true;
        }
        if (!(first instanceof Paragraph)) {
            return false;
        }
        for (Node next = first.getNext(); next != null; next = next.getNext()) {
            if (!(next instanceof ListBlock)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A nested HTML list becomes Quill's flat list: the sub-items follow their parent with an indent class,
     * each run of items of one kind in its own ul or ol, as Quill keeps them.
     */
    private static void flatten(Element list) {
        List<Element> lines = new ArrayList<>();
        for (Element item : new ArrayList<>(list.children())) {
            Elements nested = item.select("> ul, > ol");
            nested.remove();
            lines.add(line(item, list.tagName(), 0));
            for (Element subList : nested) {
                for (Element subItem : new ArrayList<>(subList.children())) {
                    lines.add(line(subItem, subList.tagName(), 1));
                }
            }
        }
        Element container = null;
        Element anchor = list;
        for (Element line : lines) {
            String kind = line.attr("data-kind");
            line.removeAttr("data-kind");
            if (container == null || !container.tagName().equals(kind)) {
                container = new Element(kind);
                anchor.after(container);
                anchor = container;
            }
            container.appendChild(line);
        }
        list.remove();
    }

    private static Element line(Element item, String kind, int indent) {
        Element line = new Element("li").attr("data-kind", kind);
        if (indent > 0) {
            line.addClass("ql-indent-" + indent);
        }
        for (Element p : item.select("> p")) {
            p.unwrap();
        }
        for (var child : new ArrayList<>(item.childNodes())) {
            line.appendChild(child);
        }
        while (line.childNodeSize() > 0 && line.childNode(line.childNodeSize() - 1) instanceof TextNode text) {
            text.text(text.getWholeText().stripTrailing());
            if (!text.getWholeText().isEmpty()) {
                break;
            }
            text.remove();
        }
        while (line.childNodeSize() > 0 && line.childNode(0) instanceof TextNode text) {
            text.text(text.getWholeText().stripLeading());
            if (!text.getWholeText().isEmpty()) {
                break;
            }
            text.remove();
        }
        return line;
    }

    // --- editor -> Markdown

    /** b and i as strong and em, headings as the two sub-heading levels, empty paragraphs dropped. */
    private static void normalise(Element body) {
        for (Element b : body.select("b")) {
            b.tagName("strong");
        }
        for (Element i : body.select("i")) {
            i.tagName("em");
        }
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName(heading.tagName().compareTo("h3") <= 0 ? "h3" : "h4");
        }
        for (Element p : body.select("p, h3, h4, li")) {
            boolean empty = p.text().isBlank() && p.select("br").size() == p.children().size();
            if (empty) {
                p.remove();
            }
        }
        for (Element br : body.select("p > br, h3 > br, h4 > br, li > br")) {
            br.remove();
        }
        for (Element a : body.select("a")) {
            if (a.attr("href").isBlank()) {
                a.unwrap();
            }
        }
    }

    /**
     * Quill's flat lists (items indented by class, possibly split over several ul/ol in a row) as nested
     * HTML lists, one level deep at most.
     */
    private static void nestLists(Element body) {
        for (Element list : new ArrayList<>(body.select("> ul, > ol"))) {
            if (list.parent() == null) {
                continue;
            }
            List<Element> run = new ArrayList<>();
            run.add(list);
            Element next = list.nextElementSibling();
            while (next != null && (next.tagName().equals("ul") || next.tagName().equals("ol"))) {
                run.add(next);
                next = next.nextElementSibling();
            }
            List<Element> rebuilt = new ArrayList<>();
            Element top = null;
            Element lastItem = null;
            Element sub = null;
            for (Element part : run) {
                for (Element item : new ArrayList<>(part.select("li"))) {
                    int indent = indent(item);
                    item.removeAttr("class");
                    for (Element inner : item.select("ul, ol, p, h3, h4")) {
                        inner.unwrap();
                    }
                    if (indent > 0 && lastItem != null) {
                        if (sub == null || !sub.tagName().equals(part.tagName())) {
                            sub = new Element(part.tagName());
                            lastItem.appendChild(sub);
                        }
                        sub.appendChild(item);
                    } else {
                        if (top == null || !top.tagName().equals(part.tagName())) {
                            top = new Element(part.tagName());
                            rebuilt.add(top);
                        }
                        top.appendChild(item);
                        lastItem = item;
                        sub = null;
                    }
                }
            }
            for (Element built : rebuilt) {
                run.getFirst().before(built);
            }
            run.forEach(Element::remove);
        }
        for (Element stray : body.select("li")) {
            if (stray.parent() == body || stray.parent() != null && !stray.parent().tagName().matches("ul|ol")) {
                stray.tagName("p");
            }
        }
        for (Element li : body.select("li")) {
            li.removeAttr("class");
        }
    }

    private static int indent(Element item) {
        var matcher = INDENT.matcher(item.className());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /**
     * Flexmark's output with the blank lines and trailing spaces CommonMark does not need removed, and without
     * the space it sometimes puts between a closing {@code **} and the comma or full stop that follows.
     */
    private static String tidy(String markdown) {
        return markdown.replace("\u00a0", " ")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .replaceAll("(?<=[^\\s\\\\*])(\\*{1,3}) (?=[,.)])", "$1")
                .strip();
    }
}

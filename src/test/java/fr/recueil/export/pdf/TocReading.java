package fr.recueil.export.pdf;

import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.TableOfContents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.recueil.export.pdf.PdfPages.flat;

/** Reads a rendered table of contents back, and finds where its entries really start. */
final class TocReading {

    private static final Pattern NUMBERED = Pattern.compile("^(?:(.*\\S)\\s{2,})?(\\d+)$");

    private TocReading() {
    }

    /**
     * The page number printed for each entry of the table of contents, by anchor, read from the
     * pages' layout text (an entry may wrap on two lines; its number stands on the last).
     */
    static Map<String, Integer> printedNumbers(List<String> layoutPages, ReportDocument document) {
        List<Heading> entries = document.tocEntries();
        String tocTitle = document.body().stream().filter(TableOfContents.class::isInstance)
                .map(b -> ((TableOfContents) b).title()).findFirst().orElseThrow();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int page = 0;
        while (!layoutPages.get(page).lines().map(String::strip).toList().contains(tocTitle)) {
            page++;
        }
        String pending = "";
        for (; page < layoutPages.size() && numbers.size() < entries.size(); page++) {
            List<String> lines = layoutPages.get(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            // The first line is the running header, the last the footer.
            for (String line : lines.subList(1, lines.size() - 1)) {
                if (line.equals(tocTitle)) {
                    continue;
                }
                Matcher numbered = NUMBERED.matcher(line);
                if (!numbered.matches()) {
                    pending = pending + line + " ";
                    continue;
                }
                String title = flat(pending + (numbered.group(1) == null ? "" : numbered.group(1)));
                pending = "";
                Heading entry = entries.get(numbers.size());
                if (!title.equals(flat(entry.fullText()))) {
                    throw new AssertionError("table of contents entry " + numbers.size() + " reads \"" + title
                            + "\", expected \"" + flat(entry.fullText()) + "\"");
                }
                numbers.put(entry.anchor(), Integer.parseInt(numbered.group(2)));
            }
        }
        return numbers;
    }

    /**
     * The page (from 1) a heading opens: the first page whose text, after the running header,
     * starts with it ("ANNEXE 4" over a chapter's title).
     */
    static int startPage(List<String> pages, ReportDocument document, Heading heading) {
        String header = flat(document.info().title());
        String opening = heading.role() == HeadingRole.CHAPTER && heading.number() != null
                ? heading.number().toUpperCase(Locale.FRENCH) + " " + heading.text()
                : heading.text();
        String expected = flat(header + " " + opening);
        for (int page = 1; page < pages.size(); page++) {
            if (flat(pages.get(page)).startsWith(expected)) {
                return page + 1;
            }
        }
        throw new AssertionError("no page opens with " + expected);
    }
}

package fr.recueil.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the layout of plain paragraphs says, once the whole body is read: a table of contents typed
 * without Word's styles (a "Sommaire" followed by lines ending with their page numbers, or lines
 * with dot leaders), and tables laid out with tabs or runs of spaces (the same columns over several
 * lines), which become real tables.
 */
final class Layout {

    private static final Pattern CONTENTS_TITLE = Pattern.compile(
            "(?iu)^\\s*(sommaire|table des mati[eè]res|contents|table of contents)\\s*:?\\s*$");
    /** A contents line: its title, then a tab, dot leaders or spaces, then a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("^\\S.{1,250}?(?:\\t+|\\s*[.·…_]{3,}\\s*|\\s+)\\d{1,3}\\s*$");
    /** The same without a title above it: only a tab or dot leaders before the page number will do. */
    private static final Pattern LEADER_LINE = Pattern.compile("^\\S.{1,250}?(?:\\t+|\\s*[.·…_]{3,}\\s*)\\d{1,3}\\s*$");
    private static final Pattern SPACE_COLUMNS = Pattern.compile("[ \\u00A0]{3,}");
    private static final int MIN_LEADER_LINES = 3;
    private static final int MIN_SPACED_ROWS = 3;

    private Layout() {
    }

    static boolean isContentsTitle(String line) {
        return CONTENTS_TITLE.matcher(line).matches();
    }

    /** Whether a line's columns are made of spaces alone (no tab). */
    static boolean spacedColumns(String raw) {
        return raw.indexOf('\t') < 0 && !cells(raw).isEmpty();
    }

    /** The columns of a line laid out with tabs (or three spaces or more), or nothing. */
    static List<String> cells(String raw) {
        String line = raw.replaceAll("[\\t ]+$", "");
        String[] parts;
        if (line.indexOf('\t') >= 0) {
            parts = line.split("\\t+");
        } else if (SPACE_COLUMNS.matcher(line.strip()).find()) {
            parts = SPACE_COLUMNS.split(line.strip());
        } else {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.strip());
        }
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        return cells.size() >= 2 && filled >= 2 ? cells : List.of();
    }

    static List<WordElement> arrange(List<WordElement> elements, List<String> toc) {
        return titles(tables(contents(elements, toc)));
    }

    /** A short line ending with a colon just above a table is the table's title. */
    private static List<WordElement> titles(List<WordElement> elements) {
        List<WordElement> out = new ArrayList<>();
        for (WordElement element : elements) {
            if (element instanceof WordElement.Table table && table.title() == null && !out.isEmpty()
                    && out.getLast() instanceof WordElement.Paragraph p && announces(p)) {
                out.removeLast();
                out.add(table.titled(p.text().replaceFirst("\\s*:$", "")));
            } else {
                out.add(element);
            }
        }
        return out;
    }

    private static boolean announces(WordElement.Paragraph p) {
        return !p.isHeading() && !p.listItem() && p.footnotes().isEmpty() && p.text().endsWith(":")
                && p.text().length() <= 200 && !p.text().contains("\n");
    }

    private static List<WordElement> contents(List<WordElement> elements, List<String> toc) {
        List<WordElement> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            WordElement element = elements.get(i);
            if (element instanceof WordElement.Contents contents) {
                // Styled entries come one by one: one contents list.
                if (!out.isEmpty() && out.getLast() instanceof WordElement.Contents previous) {
                    List<String> lines = new ArrayList<>(previous.lines());
                    lines.addAll(contents.lines());
                    out.set(out.size() - 1, new WordElement.Contents(lines));
                } else {
                    out.add(contents);
                }
                continue;
            }
            if (element instanceof WordElement.Paragraph p) {
                boolean titled = isContentsTitle(p.text());
                Pattern line = titled ? CONTENTS_LINE : LEADER_LINE;
                int end = i + (titled ? 1 : 0);
                List<String> entries = new ArrayList<>();
                while (end < elements.size() && elements.get(end) instanceof WordElement.Paragraph entry
                        && (entry.isBlank() || line.matcher(entryText(entry)).matches())) {
                    if (!entry.isBlank()) {
                        entries.add(entryText(entry));
                    }
                    end++;
                }
                if (entries.size() >= (titled ? 2 : MIN_LEADER_LINES)) {
                    List<String> lines = new ArrayList<>();
                    if (titled) {
                        lines.add(p.text());
                    }
                    lines.addAll(entries);
                    entries.forEach(e -> toc.add(DocxReader.tocText(e)));
                    out.add(new WordElement.Contents(lines));
                    i = end - 1;
                    continue;
                }
                if (titled && i + 1 < elements.size() && elements.get(i + 1) instanceof WordElement.Contents) {
                    // "Sommaire" typed above a styled list of contents.
                    out.add(new WordElement.Contents(List.of(p.text())));
                    continue;
                }
            }
            out.add(element);
        }
        return out;
    }

    /** The entry as printed, its tabs kept so that a page number after a tab is seen. */
    private static String entryText(WordElement.Paragraph p) {
        return p.cells().isEmpty() ? p.text() : String.join("\t", p.cells());
    }

    private static List<WordElement> tables(List<WordElement> elements) {
        List<WordElement> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            int end = i;
            int columns = 0;
            boolean spaced = false;
            while (end < elements.size() && elements.get(end) instanceof WordElement.Paragraph p && tabular(p)) {
                if (end == i) {
                    columns = p.cells().size();
                    spaced = p.spacedColumns();
                } else if (spaced || p.spacedColumns() ? p.cells().size() != columns || p.spacedColumns() != spaced
                        : Math.abs(p.cells().size() - columns) > 1) {
                    // Columns made of spaces must line up exactly; tabs may leave a cell out.
                    break;
                }
                end++;
            }
            int rows = end - i;
            if (rows >= 2 && consistent(elements.subList(i, end), rows)) {
                List<List<String>> table = new ArrayList<>();
                int width = elements.subList(i, end).stream()
                        .mapToInt(e -> ((WordElement.Paragraph) e).cells().size()).max().orElse(columns);
                for (WordElement e : elements.subList(i, end)) {
                    List<String> row = new ArrayList<>(((WordElement.Paragraph) e).cells());
                    while (row.size() < width) {
                        // A short row lacks its first cells (a header above numbers) or its last ones.
                        if (row.getFirst().isEmpty() || !looksNumeric(row.getFirst())) {
                            row.add("");
                        } else {
                            row.addFirst("");
                        }
                    }
                    table.add(row);
                }
                out.add(new WordElement.Table(table));
                i = end - 1;
            } else {
                out.add(elements.get(i));
            }
        }
        return out;
    }

    private static boolean tabular(WordElement.Paragraph p) {
        return !p.cells().isEmpty() && !p.isHeading() && p.footnotes().isEmpty() && !p.listItem();
    }

    /**
     * Several lines with the same columns: most of them have the widest row's count, and a layout
     * made with spaces alone needs three lines at least (two spaced lines are too often chance).
     */
    private static boolean consistent(List<WordElement> lines, int rows) {
        int width = lines.stream().mapToInt(e -> ((WordElement.Paragraph) e).cells().size()).max().orElse(0);
        long full = lines.stream().filter(e -> ((WordElement.Paragraph) e).cells().size() == width).count();
        boolean spacedOnly = lines.stream().allMatch(e -> ((WordElement.Paragraph) e).spacedColumns());
        return full * 2 >= rows && (!spacedOnly || rows >= MIN_SPACED_ROWS && full == rows);
    }

    private static boolean looksNumeric(String cell) {
        return cell.matches("[-+−]?[0-9][0-9  \\u00A0\\u202F.,]*\\s*%?");
    }
}

package fr.recueil.importing;

/**
 * Paragraphs of the document written as Markdown: list items one per line, other paragraphs
 * separated by a blank line, sub-headings as "###".
 */
final class MarkdownText {

    private final StringBuilder text = new StringBuilder();
    private boolean lastWasListItem;
    private int paragraphs;

    void add(WordElement.Paragraph paragraph) {
        String number = paragraph.number();
        if (number != null && !number.matches("\\d{1,9}[.)]")) {
            // Letters, roman numbers, "1.2.": Markdown has no such list; the number stays as written.
            append(DocxReader.escape(number) + " " + paragraph.markdown().replace("\n", "\\\n"), false);
        } else if (paragraph.listItem()) {
            String marker = number != null ? number.substring(0, number.length() - 1) + ". "
                    : paragraph.numberedList() ? "1. " : "- ";
            append("  ".repeat(Math.min(paragraph.listLevel(), 4)) + marker + paragraph.markdown().replace("\n", " "), true);
        } else {
            append(paragraph.markdown().replace("\n", "\\\n"), false);
        }
    }

    void heading(String title) {
        append("### " + DocxReader.escape(title), false);
    }

    void bold(String title) {
        append("**" + DocxReader.escape(title) + "**", false);
    }

    void plain(String line) {
        append(DocxReader.escape(line), false);
    }

    private void append(String markdown, boolean listItem) {
        if (!text.isEmpty()) {
            text.append(listItem && lastWasListItem ? "\n" : "\n\n");
        }
        text.append(markdown);
        lastWasListItem = listItem;
        paragraphs++;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int paragraphs() {
        return paragraphs;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

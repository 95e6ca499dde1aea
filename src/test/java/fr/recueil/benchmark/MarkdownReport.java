package fr.recueil.benchmark;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as the communication team would write it by hand for pandoc: the same headings,
 * texts, key figures, tables, pictures and timelines, in Markdown (pictures as files beside it).
 */
final class MarkdownReport {

    private final Path directory;
    private final StringBuilder out = new StringBuilder();
    private int pictures;

    private MarkdownReport(Path directory) {
        this.directory = directory;
    }

    /** Writes {@code report.md} (and its pictures) into {@code directory}; returns the Markdown file. */
    static Path write(ReportDocument document, Path directory) {
        MarkdownReport markdown = new MarkdownReport(directory);
        markdown.cover(document.cover());
        document.body().forEach(block -> markdown.block(block, ""));
        try {
            Path file = directory.resolve("report.md");
            Files.writeString(file, markdown.out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cover(Cover cover) {
        out.append("---\n");
        yaml("title", cover.title());
        yaml("subtitle", cover.subtitle());
        yaml("author", cover.authority());
        yaml("date", cover.yearLabel());
        out.append("lang: fr\n---\n\n");
    }

    private void yaml(String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(key).append(": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
    }

    private void block(DocBlock block, String indent) {
        switch (block) {
            case Heading heading -> out.append("#".repeat(heading.level())).append(' ')
                    .append(escape(heading.fullText())).append("\n\n");
            case Paragraph paragraph -> {
                String prefix = switch (paragraph.style()) {
                    case QUOTE, NOTE, NOTICE -> "> ";
                    default -> "";
                };
                out.append(indent).append(prefix).append(spans(paragraph.spans()).replace("\n", "\n" + indent + prefix))
                        .append("\n\n");
            }
            case BulletList list -> {
                int number = list.start();
                for (BulletList.ListItem item : list.items()) {
                    String marker = list.ordered() ? (number++) + ". " : "- ";
                    MarkdownReport inner = new MarkdownReport(directory);
                    inner.pictures = pictures;
                    item.blocks().forEach(child -> inner.block(child, ""));
                    pictures = inner.pictures;
                    String itemText = inner.out.toString().strip().replace("\n\n", "\n").replace("\n", "\n" + indent + "    ");
                    out.append(indent).append(marker).append(itemText).append('\n');
                }
                out.append('\n');
            }
            case KeyFigureGrid grid -> {
                if (grid.heading() != null) {
                    out.append("**").append(escape(grid.heading())).append("**\n\n");
                }
                for (KeyFigureGrid.KeyFigureCell figure : grid.figures()) {
                    out.append("- ");
                    if (!figure.isSentence()) {
                        out.append("**").append(escape(figure.value())).append("** ");
                    }
                    out.append(escape(figure.label()));
                    if (figure.variation() != null) {
                        out.append(" (").append(escape(figure.variation())).append(')');
                    }
                    if (figure.previous() != null) {
                        out.append(" — ").append(escape(figure.previous()));
                    }
                    if (figure.note() != null) {
                        out.append(" — *").append(escape(figure.note())).append('*');
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
            case Table table -> {
                if (table.caption() != null) {
                    out.append("Table: ").append(escape(table.caption())).append("\n\n");
                }
                out.append(row(table.header())).append('|');
                for (Table.Align align : table.columns()) {
                    out.append(align == Table.Align.RIGHT ? " ---: |" : align == Table.Align.CENTER ? " :---: |" : " --- |");
                }
                out.append('\n');
                table.rows().forEach(cells -> out.append(row(cells)).append('\n'));
                if (table.totalRow() != null) {
                    out.append(row(table.totalRow().stream()
                            .map(cell -> new Table.Cell(cell.spans().stream()
                                    .map(s -> new Span(s.text(), true, s.italic(), s.link())).toList()))
                            .toList())).append('\n');
                }
                out.append('\n');
            }
            case Figure figure -> {
                String name = "image-" + (++pictures) + (figure.picture().isPng() ? ".png" : ".jpg");
                try {
                    Files.write(directory.resolve(name), figure.picture().data());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.append("![").append(escape(figure.caption() == null ? figure.alt() : figure.caption()))
                        .append("](").append(name).append(" \"").append(figure.alt().replace("\"", "'")).append("\")\n\n");
            }
            case Timeline timeline -> {
                for (Timeline.Event event : timeline.events()) {
                    out.append("- **").append(escape(event.date())).append("** : ").append(spans(event.text())).append('\n');
                }
                out.append('\n');
            }
            case PageBreak pageBreak -> out.append("\\newpage\n\n");
            case TableOfContents toc -> out.append("# ").append(escape(toc.title())).append("\n\n");
        }
    }

    private String row(List<Table.Cell> cells) {
        return "| " + cells.stream().map(cell -> spans(cell.spans()).replace("|", "\\|").replace("\n", " "))
                .collect(Collectors.joining(" | ")) + " |";
    }

    private static String spans(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            if (span.isLineBreak()) {
                text.append("\\\n");
                continue;
            }
            String piece = escape(span.text());
            if (span.bold() && !piece.isBlank()) {
                piece = "**" + piece + "**";
            }
            if (span.italic() && !piece.isBlank()) {
                piece = "*" + piece + "*";
            }
            if (span.link() != null) {
                piece = "[" + piece + "](" + span.link() + ")";
            }
            text.append(piece);
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("#", "\\#").replace("<", "\\<");
    }
}

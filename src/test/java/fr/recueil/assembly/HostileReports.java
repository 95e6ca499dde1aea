package fr.recueil.assembly;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated hostile content for the renderers' property tests: random Markdown read by the real rich-text
 * assembly, odd link targets, control and unpaired characters, huge cells, tables of 1 to 20 columns with
 * or without rows, deep lists. One seed gives one report, so a failure names the seed that reproduces it.
 */
public final class HostileReports {

    /** Links a direction may type that a format may not be able to hold. */
    private static final List<String> ODD_LINKS = List.of("https://example.org/a\"b", "https://exa mple.org/",
            "https://example.org/<script>", "http://[::1", "https://example.org/%zz", "mailto:a\"b@example.org",
            "https://example.org/" + "x".repeat(3000), "https://例え.jp/パス?q=1#frag", "https://example.org/\u0001",
            "https://example.org/a{b}|c^d`e", "mailto:", "https://", "https://example.org/#%", "https://ex ample.org/\n");
    private static final List<String> ODD_TEXTS = List.of("\u0000", "\u0001\u0002\u0007\u000B\u000C\u001F", "\uFFFE\uFFFF",
            "\uD800", "\uDC00 orphan", "\u202E reversed", "]]>", "<w:p>", "&amp;", "</html>", "\t\ttab", "\r\n",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "« » œ € … ’", "'\"", "%s %n", "${x}", "\\", "   ", "");
    private static final List<String> MARKDOWN_PIECES = List.of("**gras", "*italique*", "_", "# Titre", "###### six",
            "- point", "  - sous-point", "    - sous-sous-point", "1. un", "10) dix", "> citation", "> > imbriquée",
            "| a | b |\n|---|---|\n| 1 | 2 |", "| seul |\n|---|", "[lien](", "[lien](https://example.org/a\"b)",
            "<https://example.org/a\"b>", "<mailto:x@y>", "![image](https://example.org/i.png)", "```\ncode\n```",
            "`code`", "---", "***", "<b>html</b>", "<!-- commentaire -->", "[^1]", "[^1]: une note", "\\*", "&nbsp;",
            "&#0;", "&#x110000;", "Voir <https://example.org/a\"b> pour le détail.", "1 000 000 €", "12,5 %", "...", "l'état");

    private HostileReports() {
    }

    public static ReportDocument report(long seed) {
        Random random = new Random(seed);
        Anchors anchors = new Anchors();
        RichTextAssembler richText = new RichTextAssembler(anchors);
        List<DocBlock> body = new ArrayList<>();
        body.add(new TableOfContents("Sommaire"));
        body.add(new PageBreak());
        int chapters = 1 + random.nextInt(3);
        for (int c = 0; c < chapters; c++) {
            String title = "Chapitre " + c + " " + text(random);
            body.add(new Heading(1, HeadingRole.CHAPTER, "Annexe " + (c + 1), title, anchors.next(title), true));
            int blocks = 2 + random.nextInt(8);
            for (int b = 0; b < blocks; b++) {
                switch (random.nextInt(7)) {
                    case 0 -> body.addAll(richText.blocks(markdown(random), 1));
                    case 1 -> body.add(new Paragraph(spans(random), ParagraphStyle.values()[random.nextInt(ParagraphStyle.values().length)]));
                    case 2 -> body.add(table(random));
                    case 3 -> body.add(figures(random));
                    case 4 -> body.add(list(random, 0));
                    case 5 -> body.add(new Timeline(List.of(new Timeline.Event(text(random), spans(random)),
                            new Timeline.Event("", List.of()))));
                    default -> {
                        String heading = text(random);
                        body.add(new Heading(2, HeadingRole.SECTION, null, heading, anchors.next(heading), random.nextBoolean()));
                    }
                }
            }
        }
        String title = "Rapport " + text(random);
        boolean draft = random.nextBoolean();
        return new ReportDocument(new DocumentInfo(title, "fr", draft, draft ? "PROJET " + text(random) : null, text(random),
                text(random), Instant.parse("2061-11-22T10:00:00Z")),
                new Cover(title, text(random), "2061", text(random), null, draft ? text(random) : null), body);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(3) == 0 ? ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size())) : "mot" + random.nextInt(1000)).append(' ');
        }
        if (random.nextInt(20) == 0) {
            text.append("très-long-mot-".repeat(200 + random.nextInt(400)));
        }
        return text.toString().strip();
    }

    private static String markdown(Random random) {
        StringBuilder markdown = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            markdown.append(MARKDOWN_PIECES.get(random.nextInt(MARKDOWN_PIECES.size())));
            markdown.append(random.nextBoolean() ? " " + text(random) : "");
            markdown.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return markdown.toString();
    }

    private static List<Span> spans(Random random) {
        List<Span> spans = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String link = random.nextInt(3) == 0 ? ODD_LINKS.get(random.nextInt(ODD_LINKS.size())) : null;
            spans.add(random.nextInt(8) == 0 ? Span.plain("\n")
                    : new Span(random.nextInt(5) == 0 && link != null ? link : text(random), random.nextBoolean(), random.nextBoolean(), link));
        }
        return spans;
    }

    private static Table table(Random random) {
        int columns = 1 + random.nextInt(random.nextBoolean() ? 20 : 4);
        int rows = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextInt(10) == 0 ? 200 : 6);
        List<Table.Align> aligns = new ArrayList<>();
        List<Table.Cell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            aligns.add(Table.Align.values()[random.nextInt(3)]);
            header.add(cell(random));
        }
        List<List<Table.Cell>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Table.Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(random.nextInt(4) == 0 ? Table.Cell.of("") : cell(random));
            }
            body.add(row);
        }
        List<Table.Cell> total = random.nextInt(3) == 0 ? header.stream().map(h -> Table.Cell.of("Total")).toList() : null;
        return new Table(Table.TableKind.values()[random.nextInt(Table.TableKind.values().length)],
                random.nextBoolean() ? text(random) : null, aligns, header, body, total);
    }

    private static Table.Cell cell(Random random) {
        if (random.nextInt(15) == 0) {
            return Table.Cell.of("cellule énorme ".repeat(500 + random.nextInt(1500)));
        }
        return new Table.Cell(spans(random), random.nextInt(4) == 0 ? random.nextInt(3) : 0);
    }

    private static KeyFigureGrid figures(Random random) {
        List<KeyFigureGrid.KeyFigureCell> cells = new ArrayList<>();
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            boolean sentence = random.nextInt(4) == 0;
            cells.add(new KeyFigureGrid.KeyFigureCell(sentence ? null : text(random), text(random),
                    random.nextBoolean() ? text(random) : null,
                    KeyFigureGrid.Trend.values()[random.nextInt(KeyFigureGrid.Trend.values().length)],
                    random.nextBoolean() ? text(random) : null, random.nextBoolean() ? text(random) : null));
        }
        return new KeyFigureGrid(random.nextBoolean() ? text(random) : null, cells);
    }

    private static BulletList list(Random random, int depth) {
        List<BulletList.ListItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            List<DocBlock> blocks = new ArrayList<>();
            blocks.add(new Paragraph(spans(random), ParagraphStyle.BODY));
            if (depth < 8 && random.nextInt(3) == 0) {
                blocks.add(list(random, depth + 1));
            }
            items.add(new BulletList.ListItem(blocks));
        }
        return new BulletList(random.nextBoolean(), random.nextInt(3), items);
    }
}

package fr.recueil.demo;

import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published 2023 report (two pôles and the HR chapter, as converted to JSON) turned into
 * chapters, without bending the text: figures that start with their number become key figures,
 * the others stay sentences; untitled achievements stay one text.
 */
final class ReportFixture {

    static final String RESOURCE = "demo/rapport-2023-extrait.json";

    record DirectionChapter(String key, String name, ChapterContent content) {
    }

    private static final Pattern BUDGET_LINE = Pattern.compile("^(.+?)\\s*:\\s*([0-9][0-9 \u00A0\u202F.,]*\\s*(?:€|k€|M€))\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*]|\\d+[.)])\\s+");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final JsonNode report;

    private ReportFixture(JsonNode report) {
        this.report = report;
    }

    static ReportFixture load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new ReportFixture(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int year() {
        return report.get("year").asInt();
    }

    List<DirectionChapter> directionChapters() {
        List<DirectionChapter> chapters = new ArrayList<>();
        for (JsonNode pole : report.get("poles")) {
            for (JsonNode direction : pole.get("directions")) {
                String name = direction.get("name").asString();
                String key = direction.hasNonNull("acronym") ? direction.get("acronym").asString() : name;
                chapters.add(new DirectionChapter(key, name, directionContent(direction)));
            }
        }
        return chapters;
    }

    /** The transversal chapters of the extract (human resources): title and Markdown body. */
    Map<String, ChapterContent> transversalChapters() {
        Map<String, ChapterContent> chapters = new LinkedHashMap<>();
        for (JsonNode entry : report.get("transversal")) {
            String body = inline(entry.get("body").asString());
            chapters.put(entry.get("title").asString(),
                    new ChapterContent(List.of(new RichTextBlock(ChapterTemplate.newId(), "Présentation", true, body))));
        }
        return chapters;
    }

    private ChapterContent directionContent(JsonNode direction) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new RichTextBlock(ChapterTemplate.newId(), ChapterTemplate.MISSIONS, true, text(direction, "missions")));
        blocks.add(keyFigures(direction));
        for (JsonNode table : array(direction, "tables")) {
            blocks.add(table(table));
        }
        BudgetBlock budget = budget(text(direction, "budget"));
        if (budget != null) {
            blocks.add(budget);
        }
        blocks.add(achievements(direction));
        String other = text(direction, "other");
        if (!other.isBlank()) {
            blocks.add(new RichTextBlock(ChapterTemplate.newId(), "Autres éléments", false, other));
        }
        return new ChapterContent(blocks);
    }

    private KeyFiguresBlock keyFigures(JsonNode direction) {
        Map<String, List<KeyFigure>> groups = new LinkedHashMap<>();
        for (JsonNode item : array(direction, "keyFigures")) {
            String group = item.hasNonNull("group") ? item.get("group").asString() : "";
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(figure(item));
        }
        List<FigureGroup> result = new ArrayList<>();
        groups.forEach((heading, figures) -> result.add(new FigureGroup(heading, figures)));
        return new KeyFiguresBlock(ChapterTemplate.newId(), ChapterTemplate.KEY_FIGURES, true, result);
    }

    /** A line that starts with its number is a key figure; any other line is kept as a sentence. */
    static KeyFigure figure(JsonNode item) {
        String line = plain(BULLET.matcher(item.get("raw").asString()).replaceFirst("")).strip();
        line = line.replaceAll("[,;]\\s*$", "").strip();
        if (item.hasNonNull("value")) {
            String qualifier = item.hasNonNull("qualifier") ? item.get("qualifier").asString() + " " : "";
            String unit = item.hasNonNull("unit") ? " " + item.get("unit").asString() : "";
            String value = qualifier + item.get("value").asString() + unit;
            String label = plain(item.get("label").asString()).strip().replaceAll("[,;]\\s*$", "");
            boolean leading = normalise(line).startsWith(normalise(qualifier + item.get("value").asString()));
            if (leading && !label.isBlank() && FigureValue.isValid(value)) {
                return new KeyFigure(value, label, null, null, false);
            }
        }
        return KeyFigure.ofSentence(line);
    }

    private static TableBlock table(JsonNode table) {
        List<String> header = new ArrayList<>();
        table.get("header").forEach(cell -> header.add(plain(cell.asString())));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(plain(cell.asString())));
            rows.add(cells);
        }
        String title = table.hasNonNull("group") ? table.get("group").asString() : "Tableau";
        return new TableBlock(ChapterTemplate.newId(), title, false, header, rows);
    }

    /** "Label : 299 641 972 €" paragraphs become budget lines; any other paragraph the comment. */
    static BudgetBlock budget(String markdown) {
        if (markdown.isBlank()) {
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        for (String paragraph : markdown.split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (text.startsWith("#")) {
                String heading = text.replaceFirst("^#+\\s*", "");
                String detail = heading.replaceFirst("(?i)^le budget\\s*", "").strip();
                if (!detail.isEmpty()) {
                    comment.add(detail.replaceAll("^\\((.*)\\)$", "$1"));
                }
                continue;
            }
            Matcher line = BUDGET_LINE.matcher(text);
            if (line.matches() && FigureValue.isValid(line.group(2))) {
                lines.add(new BudgetLine(line.group(1).strip(), line.group(2).strip()));
            } else {
                comment.add(text);
            }
        }
        return BudgetBlock.fromDocument(ChapterTemplate.newId(), ChapterTemplate.BUDGET, lines, String.join("\n\n", comment));
    }

    private static AchievementsBlock achievements(JsonNode direction) {
        List<Achievement> items = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        for (JsonNode item : array(direction, "achievements")) {
            String body = inline(item.hasNonNull("body") ? item.get("body").asString() : "");
            if (item.hasNonNull("title") && !item.get("title").asString().isBlank()) {
                items.add(new Achievement(plain(item.get("title").asString()), body, null, null, null));
            } else {
                intro.add(body);
            }
        }
        return new AchievementsBlock(ChapterTemplate.newId(), ChapterTemplate.ACHIEVEMENTS, true,
                String.join("\n\n", intro), items);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? inline(node.get(field).asString()) : "";
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field) : List.of();
    }

    /** The converted report uses a little HTML: bold becomes Markdown, footnote calls superscripts. */
    static String inline(String markdown) {
        Matcher sup = Pattern.compile("<sup>\\s*(\\d+)\\s*</sup>").matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (sup.find()) {
            StringBuilder digits = new StringBuilder();
            sup.group(1).chars().forEach(c -> digits.append(SUPERSCRIPTS.charAt(c - '0')));
            sup.appendReplacement(out, digits.toString());
        }
        sup.appendTail(out);
        return out.toString().replaceAll("<b>(.*?)</b>", "**$1**").replaceAll("</?(?:b|sup|i|em|strong)>", "");
    }

    /** Plain text for labels and cells: no Markdown emphasis, no HTML. */
    static String plain(String text) {
        return inline(text).replace("**", "").replaceAll("(?<![\\w*])\\*(?!\\s)|(?<!\\s)\\*(?![\\w*])", "");
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", "").toLowerCase();
    }
}

package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.recueil.base.Formats;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.RichText;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.chapter.content.TimelineBlock;

import java.util.List;

/**
 * A chapter as it will read in the report: its annex number and title, then each block rendered.
 * Rich text goes through {@link RichText#toSafeHtml} (escaped, then sanitised) before it becomes HTML.
 */
final class ChapterPreview extends Div {

    private final EditorContext context;

    ChapterPreview(EditorContext context) {
        this.context = context;
        addClassName("recueil-report");
    }

    /** The whole chapter. */
    ChapterPreview chapter(int annexNumber, String title, ChapterContent content) {
        removeAll();
        Span annex = new Span(getTranslation("editor.annex", annexNumber));
        annex.addClassName("recueil-report-annex");
        add(annex, new H1(title));
        for (Block block : content.blocks()) {
            if (block.isEmpty()) {
                if (block.required()) {
                    Div missing = new Div(new H2(block.title()), notice("editor.preview.emptyRequired"));
                    missing.addClassName("recueil-report-block");
                    add(missing);
                }
                continue;
            }
            Div section = new Div(new H2(block.title()), body(block));
            section.addClassName("recueil-report-block");
            add(section);
        }
        return this;
    }

    /** One block with its title, for comparisons. */
    Component block(Block block) {
        Div section = new Div(new H3(block.title()));
        section.addClassName("recueil-report-block");
        section.add(block.isEmpty() ? notice("editor.preview.emptyBlock") : body(block));
        return section;
    }

    private Component body(Block block) {
        return switch (block) {
            case RichTextBlock text -> richText(text.body());
            case KeyFiguresBlock figures -> figures(figures);
            case BudgetBlock budget -> budget(budget);
            case AchievementsBlock achievements -> achievements(achievements);
            case TableBlock table -> table(table);
            case ImageBlock image -> figure(image.imageId(), image.caption(), image.alt());
            case TimelineBlock timeline -> timeline(timeline);
        };
    }

    private static Component richText(String markdown) {
        // Only sanitised HTML reaches Html: raw HTML in the text was escaped, then jsoup kept a safe list.
        Html html = new Html("<div class=\"recueil-rendered\">" + RichText.toSafeHtml(markdown) + "</div>");
        return html;
    }

    private Component figures(KeyFiguresBlock block) {
        Div all = new Div();
        for (FigureGroup group : block.groups()) {
            if (group.isEmpty()) {
                continue;
            }
            if (group.heading() != null) {
                H3 heading = new H3(group.heading());
                heading.addClassName("recueil-report-subheading");
                all.add(heading);
            }
            Div grid = new Div();
            grid.addClassName("recueil-report-figures");
            group.figures().stream().filter(f -> !f.isEmpty()).forEach(f -> grid.add(figure(f)));
            all.add(grid);
        }
        return all;
    }

    private Component figure(KeyFigure figure) {
        Div card = new Div();
        card.addClassName("recueil-report-figure");
        if (figure.sentence()) {
            card.addClassName("sentence");
            card.add(new Paragraph(figure.label()));
        } else {
            Span value = new Span(figure.declaredUnavailable() ? getTranslation("figure.unavailable.short")
                    : figure.value() == null ? getTranslation("editor.preview.awaiting") : FigureTexts.value(this, figure.value()));
            value.addClassName("recueil-report-figure-value");
            if (figure.value() == null && !figure.declaredUnavailable()) {
                value.addClassName("awaiting");
            }
            Span label = new Span(figure.label());
            label.addClassName("recueil-report-figure-label");
            card.add(value, label);
            FigureTexts.variation(this, figure, context.previousYear()).ifPresent(text -> {
                Span variation = new Span(text);
                variation.addClassName("recueil-variation");
                variation.getElement().setAttribute("data-trend", FigureTexts.trend(figure));
                card.add(variation);
            });
        }
        if (figure.note() != null) {
            Span note = new Span(figure.note());
            note.addClassName("recueil-report-note");
            card.add(note);
        }
        return card;
    }

    private Component budget(BudgetBlock block) {
        Div wrapper = new Div();
        List<BudgetLine> lines = block.lines().stream().filter(l -> !l.isEmpty()).toList();
        if (!lines.isEmpty()) {
            NativeTable table = new NativeTable();
            table.addClassName("recueil-report-table");
            table.addClassName("budget");
            NativeTableBody body = table.getBody();
            for (BudgetLine line : lines) {
                NativeTableCell amount = new NativeTableCell(amount(line.amount()));
                amount.addClassName("amount");
                body.addRows(new NativeTableRow(new NativeTableCell(line.label()), amount));
            }
            NativeTableHeaderCell totalLabel = new NativeTableHeaderCell(getTranslation("editor.preview.total"));
            NativeTableCell total = new NativeTableCell(block.total()
                    .map(value -> new FigureValue(value, "€").format(getLocale()))
                    .orElseGet(() -> getTranslation("editor.budget.totalPendingShort")));
            total.addClassNames("amount", "total");
            NativeTableRow totalRow = new NativeTableRow(totalLabel, total);
            totalRow.addClassName("total");
            body.addRows(totalRow);
            wrapper.add(table);
        }
        if (!block.comment().isBlank()) {
            Paragraph comment = new Paragraph(block.comment());
            comment.addClassName("recueil-report-comment");
            wrapper.add(comment);
        }
        return wrapper;
    }

    private String amount(String typed) {
        if (typed == null) {
            return "";
        }
        if (!FigureValue.isValid(typed)) {
            return typed;
        }
        FigureValue value = FigureValue.parse(typed);
        return (value.unit() == null ? new FigureValue(value.number(), "€") : value).format(getLocale());
    }

    private Component achievements(AchievementsBlock block) {
        Div all = new Div();
        for (Achievement item : block.items()) {
            if (item.isEmpty()) {
                continue;
            }
            Div section = new Div();
            section.addClassName("recueil-report-achievement");
            H3 title = new H3(item.title());
            section.add(title, richText(item.body()));
            if (item.imageId() != null) {
                section.add(figure(item.imageId(), item.caption(), item.alt()));
            }
            all.add(section);
        }
        return all;
    }

    private Component table(TableBlock block) {
        NativeTable table = new NativeTable();
        table.addClassName("recueil-report-table");
        int columns = block.columnCount();
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = new NativeTableRow();
        for (int c = 0; c < columns; c++) {
            headRow.add(new NativeTableHeaderCell(c < block.header().size() ? block.header().get(c) : ""));
        }
        head.addRows(headRow);
        NativeTableBody body = table.getBody();
        for (List<String> row : block.rows()) {
            NativeTableRow line = new NativeTableRow();
            for (int c = 0; c < columns; c++) {
                line.add(new NativeTableCell(c < row.size() ? row.get(c) : ""));
            }
            body.addRows(line);
        }
        Div scroller = new Div(table);
        scroller.addClassName("recueil-table-scroller");
        return scroller;
    }

    private Component figure(Long imageId, String caption, String alt) {
        Div figure = new Div();
        figure.addClassName("recueil-report-image");
        figure.getElement().setAttribute("role", "figure");
        if (imageId != null) {
            Image image = new Image(context.image(imageId), alt == null ? "" : alt);
            figure.add(image);
        }
        if (caption != null) {
            Span text = new Span(caption);
            text.addClassName("recueil-report-caption");
            figure.add(text);
        }
        return figure;
    }

    private Component timeline(TimelineBlock block) {
        Div list = new Div();
        list.addClassName("recueil-report-timeline");
        block.events().stream().filter(e -> !e.isEmpty())
                .forEach(event -> {
                    Span date = new Span(Formats.date(event.date(), getLocale()));
                    date.addClassName("recueil-report-date");
                    Span text = new Span(event.text());
                    Div line = new Div(date, text);
                    line.addClassName("recueil-report-event");
                    list.add(line);
                });
        return list;
    }

    private Component notice(String key) {
        Paragraph notice = new Paragraph(getTranslation(key));
        notice.addClassName("recueil-report-missing");
        return notice;
    }
}

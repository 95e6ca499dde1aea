package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.recueil.base.Formats;
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
import fr.recueil.chapter.content.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ImageDownload;

/**
 * A chapter's content as a reader sees it, block by block, read-only: the review page, the
 * history's revisions. Rich text goes through {@link RichText#toSafeHtml}; everything else is text.
 */
public final class ContentRenderer {

    private ContentRenderer() {
    }

    /**
     * Serves the chapters' stored images to the browser; the service checks, on each request, that
     * the user may see the chapter.
     */
    public static LongFunction<DownloadHandler> imagesOf(ChapterService chapters) {
        return imageId -> ImageDownload.of(chapters, imageId);
    }

    /** Every block, in order. */
    public static List<Component> blocks(Component source, ChapterContent content, LongFunction<DownloadHandler> images) {
        List<Component> blocks = new ArrayList<>();
        for (Block block : content.blocks()) {
            blocks.add(block(source, block, images));
        }
        return blocks;
    }

    /** One block with its title; an empty block says so. */
    public static Div block(Component source, Block block, LongFunction<DownloadHandler> images) {
        Div div = new Div();
        div.addClassName("recueil-rendered-block");
        div.getElement().setAttribute("data-block", block.id());
        div.add(new H3(block.title()));
        if (block.isEmpty()) {
            Paragraph empty = new Paragraph(source.getTranslation("review.block.empty"));
            empty.addClassName("recueil-rendered-empty");
            div.add(empty);
            return div;
        }
        Locale locale = locale(source);
        switch (block) {
            case RichTextBlock b -> div.add(richText(b.body()));
            case KeyFiguresBlock b -> figures(source, b).forEach(div::add);
            case BudgetBlock b -> div.add(budget(source, b, locale));
            case AchievementsBlock b -> achievements(b, images).forEach(div::add);
            case TableBlock b -> div.add(table(b.header(), b.rows()));
            case ImageBlock b -> div.add(image(b.imageId(), b.alt(), b.caption(), images));
            case TimelineBlock b -> div.add(timeline(b, locale));
        }
        return div;
    }

    private static Locale locale(Component source) {
        return source.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.FRENCH);
    }

    static Component richText(String markdown) {
        Html html = new Html("<div class=\"recueil-rich-text\">" + RichText.toSafeHtml(markdown) + "</div>");
        return html;
    }

    private static List<Component> figures(Component source, KeyFiguresBlock block) {
        List<Component> parts = new ArrayList<>();
        for (FigureGroup group : block.groups()) {
            if (group.heading() != null) {
                parts.add(new H4(group.heading()));
            }
            Div list = new Div();
            list.addClassName("recueil-rendered-figures");
            for (KeyFigure figure : group.figures()) {
                Div row = new Div();
                row.addClassName("recueil-rendered-figure");
                if (figure.sentence()) {
                    row.add(new Span(figure.label()));
                } else {
                    Span value = new Span(figure.declaredUnavailable() ? source.getTranslation("figure.unavailable.short")
                            : figure.value() == null ? "…" : figure.value());
                    value.addClassName("recueil-figure-value");
                    row.add(value, new Span(" " + figure.label()));
                    if (figure.declaredUnavailable()) {
                        Span why = new Span(source.getTranslation("review.figure.unavailable", figure.unavailable()));
                        why.addClassName("recueil-figure-unavailable-reason");
                        row.add(why);
                    }
                    if (figure.previousValue() != null) {
                        Span previous = new Span(source.getTranslation("review.figure.previous", figure.previousValue()));
                        previous.addClassName("recueil-figure-previous");
                        row.add(previous);
                    }
                    Locale locale = locale(source);
                    figure.variation().ifPresent(variation -> {
                        String sign = variation.sign() > 0 ? "+" : "";
                        Span shown = new Span(sign + Formats.number(variation.rounded(), locale)
                                + (variation.points() ? " pts" : " %"));
                        shown.addClassName("recueil-figure-variation");
                        row.add(shown);
                    });
                }
                if (figure.note() != null) {
                    Span note = new Span(figure.note());
                    note.addClassName("recueil-figure-note");
                    row.add(note);
                }
                list.add(row);
            }
            parts.add(list);
        }
        return parts;
    }

    private static Component budget(Component source, BudgetBlock block, Locale locale) {
        Div div = new Div();
        List<List<String>> rows = new ArrayList<>();
        for (BudgetLine line : block.lines()) {
            rows.add(List.of(line.label(), line.amount() == null ? "…" : line.amount()));
        }
        block.total().ifPresent(total -> rows.add(List.of(source.getTranslation("review.budget.total"),
                Formats.number(total, locale) + " €")));
        div.add(table(List.of(), rows));
        if (!block.comment().isBlank()) {
            div.add(richText(block.comment()));
        }
        return div;
    }

    private static List<Component> achievements(AchievementsBlock block, LongFunction<DownloadHandler> images) {
        List<Component> parts = new ArrayList<>();
        if (!block.intro().isBlank()) {
            parts.add(richText(block.intro()));
        }
        for (Achievement item : block.items()) {
            if (!item.title().isEmpty()) {
                parts.add(new H4(item.title()));
            }
            parts.add(richText(item.body()));
            if (item.imageId() != null) {
                parts.add(image(item.imageId(), item.alt(), item.caption(), images));
            }
        }
        return parts;
    }

    static NativeTable table(List<String> header, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("recueil-rendered-table");
        if (!header.isEmpty()) {
            NativeTableRow head = new NativeTableRow();
            header.forEach(cell -> head.add(new NativeTableHeaderCell(cell)));
            NativeTableHeader thead = new NativeTableHeader();
            thead.add(head);
            table.add(thead);
        }
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(cell -> tr.add(new NativeTableCell(cell)));
            body.add(tr);
        }
        table.add(body);
        return table;
    }

    private static Component image(Long imageId, String alt, String caption, LongFunction<DownloadHandler> images) {
        Div figure = new Div();
        figure.addClassName("recueil-rendered-image");
        Image image = new Image(images.apply(imageId), alt == null ? "" : alt);
        image.addClassName("recueil-rendered-picture");
        figure.add(image);
        if (caption != null) {
            Paragraph legend = new Paragraph(caption);
            legend.addClassName("recueil-rendered-caption");
            figure.add(legend);
        }
        return figure;
    }

    private static Component timeline(TimelineBlock block, Locale locale) {
        Div list = new Div();
        list.addClassName("recueil-rendered-timeline");
        for (TimelineEvent event : block.events()) {
            Div row = new Div(new Span(Formats.date(event.date(), locale)), new Span(" — " + event.text()));
            list.add(row);
        }
        return list;
    }
}

package fr.recueil.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.recueil.chapter.ui.StateBadge;
import fr.recueil.base.Formats;
import fr.recueil.chapter.ChapterState;
import fr.recueil.home.ChapterBoard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the dashboard and the review queue share: badges, the chapters' grid and its filters. */
final class BoardUi {

    private BoardUi() {
    }

    /** A coloured dot with its meaning in words (for screen readers and the tooltip). */
    static Span ragDot(Component source, ChapterBoard.Rag rag) {
        Span dot = new Span();
        dot.addClassNames("recueil-rag", "recueil-rag-" + rag.name().toLowerCase());
        String meaning = source.getTranslation("board.rag." + rag.name());
        dot.getElement().setAttribute("title", meaning);
        dot.getElement().setAttribute("aria-label", meaning);
        dot.getElement().setAttribute("role", "img");
        dot.getElement().setAttribute("data-rag", rag.name());
        return dot;
    }

    static java.util.Locale locale(Component source) {
        return source.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.FRENCH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static String pole(Component source, String poleName) {
        return poleName == null ? source.getTranslation("report.part.STAND_ALONE") : poleName;
    }

    static String deadline(Component source, ChapterBoard.Row row) {
        return Formats.shortDate(row.deadline(), locale(source));
    }

    /** The chapters' columns, each with a key for tests. */
    static Grid<ChapterBoard.Row> grid(Component source, String id) {
        Grid<ChapterBoard.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(row -> ragDot(source, row.rag())).setHeader("").setWidth("2.5em").setFlexGrow(0).setKey("rag")
                .setTooltipGenerator(row -> source.getTranslation("board.rag." + row.rag().name()));
        grid.addColumn(row -> Formats.number(row.annexNumber(), locale(source))).setHeader(source.getTranslation("board.column.annex"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0).setKey("annex");
        grid.addColumn(ChapterBoard.Row::title).setHeader(source.getTranslation("board.column.title")).setFlexGrow(3).setKey("title")
                .setWidth("11em")
                .setTooltipGenerator(ChapterBoard.Row::title).setSortable(true);
        grid.addColumn(row -> pole(source, row.poleName())).setHeader(source.getTranslation("board.column.pole"))
                .setFlexGrow(1).setWidth("7em").setKey("pole").setSortable(true)
                .setTooltipGenerator(row -> pole(source, row.poleName()));
        grid.addComponentColumn(row -> StateBadge.of(source, row.state())).setHeader(source.getTranslation("board.column.state"))
                .setAutoWidth(true).setFlexGrow(0).setKey("state").setComparator(ChapterBoard.Row::state);
        grid.addColumn(row -> row.assigneeName() == null ? "—" : row.assigneeName()).setHeader(source.getTranslation("board.column.assignee"))
                .setAutoWidth(true).setFlexGrow(0).setKey("assignee").setSortable(true);
        grid.addColumn(row -> source.getTranslation("board.days", row.daysInState()))
                .setHeader(source.getTranslation("board.column.days")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8em").setFlexGrow(0).setKey("days").setComparator(ChapterBoard.Row::daysInState);
        grid.addColumn(row -> deadline(source, row)).setHeader(source.getTranslation("board.column.deadline"))
                .setWidth("8em").setFlexGrow(0).setKey("deadline")
                .setTooltipGenerator(row -> Formats.date(row.deadline(), locale(source))).setComparator(ChapterBoard.Row::deadline);
        grid.setEmptyStateText(source.getTranslation("board.empty"));
        return grid;
    }

    /** The filters above a board's grid; {@code onChange} runs whenever one changes. */
    static final class Filters extends Div {

        final Select<ChapterBoard.PoleCount> pole = new Select<>();
        final Select<ChapterState> state = new Select<>();
        final ComboBox<Map.Entry<String, String>> assignee = new ComboBox<>();
        final Checkbox overdue = new Checkbox();
        private final Set<ChapterState> defaultStates;

        Filters(Component source, Collection<ChapterState> stateChoices, Set<ChapterState> defaultStates, Runnable onChange) {
            this.defaultStates = Set.copyOf(defaultStates);
            addClassName("recueil-board-filters");
            setId("board-filters");
            pole.setId("filter-pole");
            pole.setLabel(source.getTranslation("board.filter.pole"));
            pole.setEmptySelectionAllowed(true);
            pole.setEmptySelectionCaption(source.getTranslation("board.filter.all"));
            pole.setItemLabelGenerator(p -> p == null ? source.getTranslation("board.filter.all") : pole(source, p.poleName()));
            state.setId("filter-state");
            state.setLabel(source.getTranslation("board.filter.state"));
            state.setEmptySelectionAllowed(true);
            state.setEmptySelectionCaption(source.getTranslation(defaultStates.isEmpty() ? "board.filter.all" : "board.filter.allQueue"));
            String allStates = source.getTranslation(defaultStates.isEmpty() ? "board.filter.all" : "board.filter.allQueue");
            state.setItemLabelGenerator(s -> s == null ? allStates : source.getTranslation(s.labelKey()));
            state.setPlaceholder(allStates);
            state.setItems(new ArrayList<>(stateChoices));
            assignee.setId("filter-assignee");
            assignee.setLabel(source.getTranslation("board.filter.assignee"));
            assignee.setClearButtonVisible(true);
            assignee.setPlaceholder(source.getTranslation("board.filter.all"));
            assignee.setItemLabelGenerator(Map.Entry::getValue);
            overdue.setId("filter-overdue");
            overdue.setLabel(source.getTranslation("board.filter.overdue"));
            pole.addValueChangeListener(e -> onChange.run());
            state.addValueChangeListener(e -> onChange.run());
            assignee.addValueChangeListener(e -> onChange.run());
            overdue.addValueChangeListener(e -> onChange.run());
            add(pole, state, assignee, overdue);
        }

        /** Offers the pôles and reviewers of the board, keeping what was chosen. */
        void offer(List<ChapterBoard.PoleCount> poles, Map<String, String> assignees) {
            if (pole.getListDataView().getItemCount() == 0) {
                pole.setItems(poles);
            }
            if (assignee.getListDataView().getItemCount() == 0) {
                assignee.setItems(new ArrayList<>(assignees.entrySet()));
            }
        }

        ChapterBoard.Filter value() {
            Long poleId = pole.getValue() == null ? null : pole.getValue().poleId();
            boolean withoutPole = pole.getValue() != null && pole.getValue().poleId() == null;
            Set<ChapterState> states = state.getValue() == null ? defaultStates : Set.of(state.getValue());
            return new ChapterBoard.Filter(poleId, withoutPole, states,
                    assignee.getValue() == null ? null : assignee.getValue().getKey(), overdue.getValue());
        }
    }
}

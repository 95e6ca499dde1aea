package fr.recueil.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.chapter.ui.StateBadge;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.chapter.ChapterState;
import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import fr.recueil.home.ChapterBoard;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The staff's home: how far the open campaign has gone (approved chapters, chapters per state and
 * per pôle) and every chapter with its state, reviewer, days in state and deadline, filterable.
 * A chapter opens on its review page.
 */
@Route("tableau-de-bord")
@Menu(title = "nav.dashboard", order = 20, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.COMMUNICATION, Role.Names.ADMIN})
class DashboardView extends Div implements HasDynamicTitle {

    private final transient ChapterBoard board;
    private final Div summary = new Div();
    private final Grid<ChapterBoard.Row> grid;
    private final BoardUi.Filters filters;

    DashboardView(ChapterBoard board, CurrentUser currentUser) {
        this.board = board;
        addClassName("recueil-page");
        setId("dashboard");
        Optional<ChapterBoard.Board> current = board.current(ChapterBoard.Filter.ALL);
        grid = BoardUi.grid(this, "chapters-grid");
        filters = new BoardUi.Filters(this, EnumSet.allOf(ChapterState.class), Set.of(), this::refresh);
        if (current.isEmpty()) {
            add(new ViewHeader(getTranslation("dashboard.title")));
            Paragraph none = new Paragraph(getTranslation("dashboard.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            add(none);
            if (currentUser.hasRole(Role.ADMIN)) {
                Anchor manage = new Anchor("admin/campagnes", getTranslation("dashboard.noCampaign.admin"));
                manage.setId("manage-campaigns");
                add(manage);
            }
            return;
        }
        add(new ViewHeader(getTranslation("dashboard.title"), current.get().campaignTitle()));
        summary.addClassName("recueil-board-summary");
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("relecture/" + e.getItem().id())));
        grid.addClassName("recueil-clickable-rows");
        grid.setAllRowsVisible(true);
        add(summary, new H2(getTranslation("board.chapters.title")), filters, grid);
        show(current.get());
    }

    private void refresh() {
        board.current(filters.value()).ifPresent(this::show);
    }

    private void show(ChapterBoard.Board current) {
        filters.offer(current.poles(), current.assignees());
        grid.setItems(current.rows());
        summary.removeAll();

        ProgressBar bar = new ProgressBar(0, 1, current.progress());
        bar.setId("progress");
        bar.getElement().setAttribute("aria-label", getTranslation("board.progress.label"));
        Div progressText = new Div(getTranslation("board.progress", current.approved(), current.total(),
                Math.round(current.progress() * 100)));
        progressText.setId("progress-text");
        progressText.addClassName("recueil-board-progress-text");
        Div progress = new Div(progressText, bar);
        progress.addClassName("recueil-board-progress");

        Div states = new Div();
        states.setId("state-counts");
        states.addClassName("recueil-state-counts");
        current.countsByState().forEach((state, count) -> {
            Span number = new Span(Formats.number(count, getLocale()));
            number.addClassName("recueil-state-count-number");
            Div chip = new Div(number, StateBadge.of(this, state));
            chip.addClassName("recueil-state-count");
            chip.setId("count-" + state.name());
            states.add(chip);
        });

        Grid<ChapterBoard.PoleCount> poles = new Grid<>();
        poles.setId("poles-grid");
        poles.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        poles.setAllRowsVisible(true);
        poles.addColumn(p -> BoardUi.pole(this, p.poleName())).setHeader(getTranslation("board.column.pole")).setFlexGrow(1).setKey("pole")
                .setTooltipGenerator(p -> BoardUi.pole(this, p.poleName()));
        poles.addColumn(p -> getTranslation("board.poles.approved", p.approved(), p.total()))
                .setHeader(getTranslation("board.poles.column.approved")).setAutoWidth(true).setFlexGrow(0).setKey("approved");
        poles.addComponentColumn(p -> {
            ProgressBar small = new ProgressBar(0, 1, p.total() == 0 ? 0 : (double) p.approved() / p.total());
            small.addClassName("recueil-pole-progress");
            return small;
        }).setHeader("").setWidth("6em").setFlexGrow(0).setKey("bar");
        poles.setItems(current.poles());

        Div left = new Div(new H2(getTranslation("board.progress.title")), progress, states);
        left.addClassName("recueil-board-panel");
        Div right = new Div(new H2(getTranslation("board.poles.title")), poles);
        right.addClassName("recueil-board-panel");
        summary.add(left, right);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Recueil";
    }
}

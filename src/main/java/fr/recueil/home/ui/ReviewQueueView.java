package fr.recueil.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.chapter.ChapterState;
import fr.recueil.organisation.Role;
import fr.recueil.chapter.BulkApproval;
import fr.recueil.home.ChapterBoard;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The reviewers' queue: the chapters waiting for them (submitted, in review), filterable, and
 * "Valider la sélection" to approve several at once, each on its own, with a report of what passed
 * and what was refused and why.
 */
@Route("relecture")
@Menu(title = "nav.reviewQueue", order = 25, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMIN})
class ReviewQueueView extends Div implements HasDynamicTitle {

    static final Set<ChapterState> QUEUE = Set.of(ChapterState.SUBMITTED, ChapterState.IN_REVIEW);

    private final transient ChapterBoard board;
    private final transient BulkApproval bulk;
    private final Grid<ChapterBoard.Row> grid;
    private final BoardUi.Filters filters;
    private final Button approve = new Button();

    ReviewQueueView(ChapterBoard board, BulkApproval bulk) {
        this.board = board;
        this.bulk = bulk;
        addClassName("recueil-page");
        setId("review-queue");
        grid = BoardUi.grid(this, "queue-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // The pôle stays a filter; its column would push the links out of sight.
        grid.getColumnByKey("pole").setVisible(false);
        grid.addComponentColumn(row -> {
            Anchor open = new Anchor("relecture/" + row.id(), getTranslation("queue.open"));
            open.getElement().setAttribute("aria-label", getTranslation("queue.open.label", row.title()));
            return open;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("open");
        grid.setAllRowsVisible(true);
        filters = new BoardUi.Filters(this, List.of(ChapterState.SUBMITTED, ChapterState.IN_REVIEW), QUEUE, this::refresh);

        approve.setText(getTranslation("queue.approveSelection"));
        approve.setId("approve-selection");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        approve.addClickListener(e -> confirm());
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            approve.setEnabled(n > 0);
            approve.setText(n == 0 ? getTranslation("queue.approveSelection") : getTranslation("queue.approveSelection.count", n));
        });

        add(new ViewHeader(getTranslation("queue.title"), getTranslation("queue.description")).withActions(approve));
        var first = board.current(filters.value());
        if (first.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            add(none);
            return;
        }
        add(filters, grid);
        show(first.get());
    }

    private void refresh() {
        board.current(filters.value()).ifPresent(this::show);
    }

    private void show(ChapterBoard.Board current) {
        filters.offer(current.poles(), current.assignees());
        grid.deselectAll();
        grid.setItems(current.rows());
    }

    private void confirm() {
        List<ChapterBoard.Row> selected = grid.getSelectedItems().stream()
                .sorted(Comparator.comparingInt(ChapterBoard.Row::annexNumber)).toList();
        if (selected.isEmpty()) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-approval");
        dialog.setHeader(getTranslation("queue.confirm.title", selected.size()));
        dialog.setText(getTranslation("queue.confirm.text", selected.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("queue.confirm.ok"));
        dialog.addConfirmListener(e -> run(selected));
        dialog.open();
    }

    private void run(List<ChapterBoard.Row> selected) {
        List<BulkApproval.Outcome> outcomes = bulk.approve(selected.stream()
                .map(row -> new BulkApproval.Item(row.id(), row.version(), row.title())).toList());
        report(outcomes);
        refresh();
    }

    private void report(List<BulkApproval.Outcome> outcomes) {
        List<BulkApproval.Outcome> passed = outcomes.stream().filter(BulkApproval.Outcome::approved).toList();
        List<BulkApproval.Outcome> refused = outcomes.stream().filter(o -> !o.approved()).toList();
        Dialog dialog = new Dialog();
        dialog.setId("approval-report");
        dialog.setHeaderTitle(getTranslation("queue.report.title"));
        dialog.setWidth("min(40rem, 95vw)");
        Paragraph summary = new Paragraph(getTranslation("queue.report.summary", passed.size(), refused.size()));
        summary.setId("report-summary");
        dialog.add(summary);
        if (!passed.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("report-approved");
            passed.forEach(o -> list.add(new ListItem(o.item().title())));
            dialog.add(new H3(getTranslation("queue.report.approved")), list);
        }
        if (!refused.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("report-refused");
            list.addClassName("recueil-report-refused");
            refused.forEach(o -> list.add(new ListItem(o.item().title() + " : " + Notifications.message(this, o.failure()))));
            dialog.add(new H3(getTranslation("queue.report.refused")), list);
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("report-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title") + " · Recueil";
    }
}

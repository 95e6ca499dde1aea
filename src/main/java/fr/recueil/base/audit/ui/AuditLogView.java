package fr.recueil.base.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.base.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The administrator's audit log: chapter transitions and administrative changes, newest first,
 * filtered by period, actor, kind and text, and the filtered rows as CSV for Excel.
 */
@Route("admin/journal")
@Menu(title = "nav.admin.audit", order = 130, icon = "vaadin:archive")
@RolesAllowed("ADMIN")
class AuditLogView extends Div implements HasDynamicTitle {

    private final transient AuditLog log;
    private final FrenchDatePicker from;
    private final FrenchDatePicker to;
    private final TextField actor = new TextField();
    private final Select<AuditLog.Kind> kind = new Select<>();
    private final TextField text = new TextField();
    private final Grid<AuditLog.Entry> grid = new Grid<>();
    private final Span count = new Span();

    AuditLogView(AuditLog log) {
        this.log = log;
        addClassName("recueil-page");
        setId("audit-log");
        from = new FrenchDatePicker(getTranslation("audit.filter.from"));
        from.setId("filter-from");
        to = new FrenchDatePicker(getTranslation("audit.filter.to"));
        to.setId("filter-to");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("filter-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setId("filter-kind");
        kind.setItems(AuditLog.Kind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("board.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("board.filter.all") : getTranslation("audit.kind." + k.name()));
        text.setLabel(getTranslation("audit.filter.text"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        Locale locale = getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = log.csv(filter(), locale, key -> getTranslation(locale, key));
            return new DownloadResponse(new ByteArrayInputStream(csv), "journal-audit-" + LocalDate.now() + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("audit.export"));
        export.setId("export-csv");
        export.addClassName("recueil-button-link");
        export.getElement().setAttribute("download", true);

        Div filters = new Div(from, to, actor, kind, text);
        filters.addClassName("recueil-board-filters");
        count.setId("audit-count");
        count.addClassName("recueil-muted");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.csv.when"))
                .setAutoWidth(true).setFlexGrow(0).setKey("when");
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name())).setHeader(getTranslation("audit.csv.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addColumn(AuditLog.Entry::actor).setHeader(getTranslation("audit.csv.actor")).setAutoWidth(true).setFlexGrow(0).setKey("actor");
        grid.addColumn(e -> e.kind() == AuditLog.Kind.TRANSITION ? getTranslation("workflow.verb." + e.action()) : e.action())
                .setHeader(getTranslation("audit.csv.action")).setAutoWidth(true).setFlexGrow(0).setKey("action");
        grid.addColumn(AuditLog.Entry::subject).setHeader(getTranslation("audit.csv.subject")).setFlexGrow(2).setKey("subject")
                .setTooltipGenerator(AuditLog.Entry::subject);
        grid.addColumn(e -> AuditLog.detail(e, this::getTranslation)).setHeader(getTranslation("audit.csv.detail"))
                .setFlexGrow(3).setKey("detail").setTooltipGenerator(e -> AuditLog.detail(e, this::getTranslation));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setHeight("70vh");

        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.description")).withActions(export),
                filters, count, grid);
        refresh();
    }

    AuditLog.Filter filter() {
        String actorValue = actor.getValue().isBlank() ? null : actor.getValue();
        String textValue = text.getValue().isBlank() ? null : text.getValue();
        return new AuditLog.Filter(from.getValue(), to.getValue(), actorValue, kind.getValue(), textValue);
    }

    private void refresh() {
        List<AuditLog.Entry> entries = log.entries(filter());
        grid.setItems(entries);
        count.setText(getTranslation(entries.size() >= AuditLog.MAX_ROWS ? "audit.count.max" : "audit.count", entries.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Recueil";
    }
}

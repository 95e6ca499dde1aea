package fr.recueil.export.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.ReportReadiness;
import fr.recueil.base.BusinessException;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ReportTabs;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.ChapterService;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ExportService;
import fr.recueil.export.ReportExport;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;

/**
 * The consolidated report's exports: how many chapters are approved (and which are missing), a
 * draft or final export in PDF, Word or HTML that runs in the background with its progress shown,
 * and the archive of every export with its manifest, its "obsolète" flag and its download.
 */
@Route("rapport/exports")
@RolesAllowed({Role.Names.COMMUNICATION, Role.Names.ADMIN})
class ExportsView extends Div implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ExportsView.class);
    private static final int POLL_MS = 500;

    private final transient ExportService exports;
    private final transient ReportAssembler assembler;
    private final transient CampaignService campaigns;
    private final transient ChapterService chapters;
    private final transient ExportRunner runner;

    private final Div readiness = new Div();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Button exportDraft = new Button();
    private final Button exportFinal = new Button();
    private final Span finalReason = new Span();
    private final Div progress = new Div();
    private final ProgressBar progressBar = new ProgressBar(0, 1);
    private final Span progressStep = new Span();
    private final Div archive = new Div();

    private Campaign campaign;
    private ReportReadiness currentReadiness;
    private boolean running;

    ExportsView(ExportService exports, ReportAssembler assembler, CampaignService campaigns, ChapterService chapters,
                ExportRunner runner) {
        this.exports = exports;
        this.assembler = assembler;
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.runner = runner;
        addClassNames("recueil-page", "recueil-exports");
        setId("report-exports");
        add(new ReportTabs(ReportTabs.Tab.EXPORTS));
        Optional<CampaignOverview> report = campaigns.reportOverview();
        if (report.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("exports.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            add(new ViewHeader(getTranslation("exports.title")), none);
            return;
        }
        campaign = report.get().campaign();
        add(new ViewHeader(getTranslation("exports.title"), getTranslation("exports.description", campaign.getTitle())));
        readiness.setId("export-readiness");
        readiness.addClassNames("recueil-section", "recueil-export-readiness");
        add(readiness, exportPanel(), archiveSection());
        showReadiness(report.get());
        showArchive();
    }

    private Div exportPanel() {
        format.setId("export-format");
        format.setLabel(getTranslation("exports.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        format.setValue(ExportFormat.PDF);

        exportDraft.setText(getTranslation("exports.exportDraft"));
        exportDraft.setId("export-draft");
        exportDraft.setIcon(VaadinIcon.FILE_TEXT_O.create());
        exportDraft.addClickListener(e -> start(true));
        exportDraft.setTooltipText(getTranslation("exports.draftHelp"));
        exportFinal.setText(getTranslation("exports.exportFinal"));
        exportFinal.setId("export-final");
        exportFinal.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        exportFinal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportFinal.addClickListener(e -> start(false));
        finalReason.setId("final-reason");
        finalReason.addClassNames("recueil-muted", "recueil-export-final-reason");

        Paragraph draftHelp = new Paragraph(getTranslation("exports.draftHelp"));
        draftHelp.addClassNames("recueil-muted", "recueil-export-help");
        Div buttons = new Div(exportDraft, exportFinal);
        buttons.addClassName("recueil-actions");

        progressBar.setId("export-progress-bar");
        progressStep.setId("export-progress-step");
        progressStep.addClassName("recueil-muted");
        progress.setId("export-progress");
        progress.addClassName("recueil-export-progress");
        progress.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-live", "polite");
        progress.add(progressBar, progressStep);
        progress.setVisible(false);

        H2 title = new H2(getTranslation("exports.new"));
        Div panel = new Div(title, format, buttons, finalReason, draftHelp, progress);
        panel.setId("export-panel");
        panel.addClassNames("recueil-section", "recueil-export-panel");
        return panel;
    }

    private Div archiveSection() {
        archive.setId("export-archive");
        archive.addClassNames("recueil-section", "recueil-export-archive");
        return archive;
    }

    private void showReadiness(CampaignOverview overview) {
        currentReadiness = assembler.readiness(campaign.getId());
        List<MissingChapter> missing = MissingChapter.of(overview, chapters.reportChapters(campaign.getId()));
        readiness.removeAll();
        Span count = new Span(getTranslation("exports.readiness.count", currentReadiness.approved(), currentReadiness.total()));
        count.setId("readiness-count");
        count.addClassName("recueil-export-readiness-count");
        ProgressBar bar = new ProgressBar(0, Math.max(1, currentReadiness.total()), currentReadiness.approved());
        bar.setId("readiness-bar");
        bar.getElement().setAttribute("aria-label", count.getText());
        if (currentReadiness.complete()) {
            bar.addThemeName("success");
        }
        readiness.add(new H2(getTranslation("exports.readiness.title")), count, bar);
        if (currentReadiness.complete()) {
            Paragraph ready = new Paragraph(getTranslation("exports.readiness.complete"));
            ready.setId("readiness-complete");
            readiness.add(ready);
        } else if (!missing.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("recueil-export-missing-list");
            for (MissingChapter chapter : missing) {
                Span annex = new Span(getTranslation("report.annex", chapter.annexNumber()));
                annex.addClassName("recueil-export-missing-annex");
                Span title = new Span(chapter.title());
                title.addClassName("recueil-export-missing-title");
                if (!chapter.writtenBy().equals(chapter.title())) {
                    Span writtenBy = new Span(chapter.writtenBy());
                    writtenBy.addClassName("recueil-muted");
                    title.add(new Span(" "), writtenBy);
                }
                Span state = new Span(ExportLabels.state(this, chapter.state()));
                state.addClassNames("recueil-badge", chapter.state() == null ? "neutral" : "info");
                list.add(new ListItem(annex, title, state));
            }
            Details details = new Details(getTranslation("exports.readiness.missing", missing.size()), list);
            details.setId("missing-chapters");
            details.setOpened(missing.size() <= 5);
            readiness.add(details);
        }
        updateButtons();
    }

    private void updateButtons() {
        boolean complete = currentReadiness != null && currentReadiness.complete();
        exportDraft.setEnabled(!running);
        exportFinal.setEnabled(!running && complete);
        if (complete) {
            finalReason.setText(getTranslation("exports.finalReady"));
            exportFinal.setTooltipText(null);
        } else {
            String reason = currentReadiness == null || currentReadiness.total() == 0
                    ? getTranslation("exports.finalRefused.empty")
                    : getTranslation("exports.finalRefused", currentReadiness.total(), currentReadiness.missing());
            finalReason.setText(reason);
            exportFinal.setTooltipText(reason);
        }
    }

    private void showArchive() {
        archive.removeAll();
        archive.add(new H2(getTranslation("exports.archive.title")));
        List<ReportExport> archived = exports.archive(campaign.getId());
        if (archived.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("exports.archive.empty"));
            empty.setId("exports-empty");
            empty.addClassName("recueil-empty-state");
            archive.add(empty);
            return;
        }
        Grid<ReportExport> grid = new Grid<>();
        grid.setId("exports-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.getCreatedAt(), getLocale())).setHeader(getTranslation("exports.column.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        grid.addColumn(e -> getTranslation(e.getFormat().labelKey())).setHeader(getTranslation("exports.column.format"))
                .setAutoWidth(true).setFlexGrow(0).setKey("format");
        grid.addComponentColumn(e -> ExportLabels.kind(this, e)).setHeader(getTranslation("exports.column.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addColumn(ReportExport::getCreatedByName).setHeader(getTranslation("exports.column.by"))
                .setFlexGrow(1).setKey("by");
        grid.addColumn(e -> ExportLabels.chapters(this, e)).setHeader(getTranslation("exports.column.chapters"))
                .setAutoWidth(true).setFlexGrow(0).setKey("chapters");
        grid.addColumn(e -> ExportLabels.size(this, e.getSizeBytes())).setHeader(getTranslation("exports.column.size"))
                .setAutoWidth(true).setFlexGrow(0).setKey("size");
        grid.addColumn(e -> ExportLabels.duration(this, e.getDurationMs())).setHeader(getTranslation("exports.column.duration"))
                .setAutoWidth(true).setFlexGrow(0).setKey("duration");
        grid.addComponentColumn(e -> ExportLabels.status(this, e)).setHeader(getTranslation("exports.column.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status")
                .setTooltipGenerator(e -> e.isObsolete() ? e.getObsoleteReason() : null);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("exports.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setPartNameGenerator(e -> e.isObsolete() ? "obsolete" : null);
        grid.setItems(archived);
        grid.setAllRowsVisible(archived.size() <= 15);
        if (archived.size() > 15) {
            grid.setHeight("60vh");
        }
        archive.add(grid);
    }

    private Div rowActions(ReportExport export) {
        var download = ExportLabels.download(this, exports, export, getTranslation("exports.download"));
        download.setId("download-" + export.getId());
        Button manifest = new Button(VaadinIcon.LIST.create(), e -> showManifest(export));
        manifest.setId("manifest-" + export.getId());
        manifest.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        manifest.setAriaLabel(getTranslation("exports.manifestOf", export.getFileName()));
        manifest.setTooltipText(getTranslation("exports.manifest"));
        Div actions = new Div(download, manifest);
        actions.addClassName("recueil-row-actions");
        return actions;
    }

    private void showManifest(ReportExport export) {
        new ManifestDialog(exports, exports.export(export.getId())).open();
    }

    /** Starts an export in the background; the page polls for its progress until it ends. */
    private void start(boolean draft) {
        if (running || campaign == null) {
            return;
        }
        UI ui = UI.getCurrent();
        ExportFormat chosen = format.getValue() == null ? ExportFormat.PDF : format.getValue();
        long campaignId = campaign.getId();
        running = true;
        updateButtons();
        progressBar.setValue(0);
        progressStep.setText(getTranslation("exports.starting", getTranslation(chosen.labelKey())));
        progress.setVisible(true);
        ui.setPollInterval(POLL_MS);
        runner.submit(() -> {
            try {
                ReportExport done = exports.export(campaignId, chosen, draft,
                        (fraction, stepKey, arguments) -> later(ui, () -> showProgress(fraction, stepKey, arguments)));
                later(ui, () -> finished(done));
            } catch (BusinessException | AccessDeniedException | OptimisticLockingFailureException refused) {
                later(ui, () -> failed(Notifications.message(this, refused)));
            } catch (RuntimeException | Error unexpected) {
                LOG.error("Export {} ({}) of campaign {} failed", chosen, draft ? "draft" : "final", campaignId, unexpected);
                later(ui, () -> failed(getTranslation("exports.failed")));
            }
        });
    }

    private static void later(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closed) {
            // The user closed the page: the export is archived all the same.
        }
    }

    private void showProgress(double fraction, String stepKey, Object... arguments) {
        progressBar.setValue(Math.clamp(fraction, 0, 1));
        progressStep.setText(getTranslation(stepKey, arguments));
    }

    private void finished(ReportExport export) {
        ended();
        progressBar.setValue(1);
        progressStep.setText(getTranslation("exports.finished", export.getFileName()));
        CampaignOverview overview = campaigns.overview(campaign.getId());
        showReadiness(overview);
        showArchive();
        Notification notification = new Notification();
        notification.setId("export-done");
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(10_000);
        Span text = new Span(getTranslation("exports.done", getTranslation(export.getFormat().labelKey()),
                ExportLabels.chapters(this, export)));
        var download = ExportLabels.download(this, exports, export, getTranslation("exports.download"));
        download.setId("export-done-download");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.setAriaLabel(getTranslation("action.close"));
        Div content = new Div(text, download, close);
        content.addClassName("recueil-export-done");
        notification.add(content);
        notification.open();
    }

    private void failed(String message) {
        ended();
        progress.setVisible(false);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("export-failed");
    }

    private void ended() {
        running = false;
        updateButtons();
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (running) {
            detachEvent.getUI().setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (running) {
            attachEvent.getUI().setPollInterval(POLL_MS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exports.title") + " · Recueil";
    }
}

package fr.recueil.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.importing.FidelityReport;
import fr.recueil.importing.ImportAnalysis;
import fr.recueil.importing.ImportTarget;
import fr.recueil.importing.ReportImportService;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * DIRCOM and administrators import a past year's report from its Word file: upload, review of
 * what was recognised (nothing written yet), import, then the fidelity report.
 */
@Route("import-rapport")
@Menu(title = "nav.import", order = 35, icon = "vaadin:upload")
@RolesAllowed({Role.Names.COMMUNICATION, Role.Names.ADMIN})
class ReportImportView extends Div implements HasDynamicTitle {

    private final transient ReportImportService imports;
    private final Div step = new Div();
    private final IntegerField year = new IntegerField();
    private final Paragraph refusal = new Paragraph();

    ReportImportView(ReportImportService imports, Clock clock) {
        this.imports = imports;
        addClassName("recueil-page");
        addClassName("recueil-import");
        setId("report-import");
        year.setLabel(getTranslation("import.year"));
        year.setId("import-year");
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(LocalDate.now(clock).getYear());
        year.setValue(LocalDate.now(clock).getYear() - 1);
        refusal.setId("import-refusal");
        refusal.addClassName("recueil-import-refusal");
        refusal.setVisible(false);
        add(new ViewHeader(getTranslation("import.title"), getTranslation("import.intro")), step);
        showUpload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    void showUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> analyse(metadata.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReportImportService.maxBytes());
        upload.setAcceptedFileTypes(".docx", ".docm",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.ms-word.document.macroEnabled.12");
        upload.setI18n(i18n());
        // The browser refuses a file over the limit before sending it; the message says the limit.
        upload.addFileRejectedListener(e -> refuse(getTranslation("import.refused", e.getFileName(), e.getErrorMessage())));
        Paragraph limit = new Paragraph(getTranslation("import.limit", ReportImportService.maxMegabytes()));
        limit.addClassName("recueil-import-limit");
        step.removeAll();
        step.add(year, upload, limit, refusal);
    }

    /** Analyses the file for the chosen year; a refusal is shown on the page, in French. */
    void analyse(String fileName, byte[] bytes) {
        refusal.setVisible(false);
        try {
            if (year.getValue() == null) {
                throw new BusinessException("error.import.year", 2000, LocalDate.now().getYear());
            }
            ImportAnalysis analysis = imports.analyse(fileName, bytes, year.getValue());
            step.removeAll();
            step.add(new ReviewPanel(analysis, this::runImport, this::showUpload));
        } catch (BusinessException e) {
            refuse(Notifications.message(this, e));
        }
    }

    /** A refusal goes back to the review panel, which says why and lets the user try again. */
    private void runImport(ImportAnalysis analysis, Map<Integer, ImportTarget> choices) {
        FidelityReport report = imports.importReport(analysis, choices);
        step.removeAll();
        FidelityPanel panel = new FidelityPanel(report, this::showUpload);
        step.add(panel);
        // The result first: the page was scrolled down to the button, far below.
        scrollIntoView();
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.tooBig", ReportImportService.maxMegabytes()))
                .setIncorrectFileType(getTranslation("error.import.notDocx", ""))
                .setTooManyFiles(getTranslation("import.limit", ReportImportService.maxMegabytes())));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setProcessing(getTranslation("import.analysing"))));
        return i18n;
    }
}

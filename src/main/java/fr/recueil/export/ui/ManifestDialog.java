package fr.recueil.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import fr.recueil.base.Formats;
import fr.recueil.export.ExportService;
import fr.recueil.export.ExportedChapter;
import fr.recueil.export.ReportExport;

/** What an archived export holds: each chapter of the outline and the approved revision it printed. */
class ManifestDialog extends Dialog {

    ManifestDialog(ExportService exports, ReportExport export) {
        setId("manifest-dialog");
        setHeaderTitle(getTranslation("exports.manifest.title", getTranslation(export.getFormat().labelKey()),
                Formats.dateTime(export.getCreatedAt(), getLocale())));
        setWidth("min(56rem, 95vw)");
        Paragraph summary = new Paragraph(getTranslation("exports.manifest.summary", export.getCreatedByName(),
                ExportLabels.chapters(this, export), export.getFileName()));
        summary.addClassName("recueil-muted");
        add(summary);
        if (export.isObsolete()) {
            Paragraph obsolete = new Paragraph(getTranslation("exports.obsoleteBecause", export.getObsoleteReason()));
            obsolete.addClassName("recueil-notice");
            obsolete.setId("manifest-obsolete");
            add(obsolete);
        }
        Grid<ExportedChapter> grid = new Grid<>();
        grid.setId("manifest-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> getTranslation("report.annex", c.getAnnexNumber())).setHeader(getTranslation("exports.manifest.annex"))
                .setAutoWidth(true).setFlexGrow(0).setKey("annex");
        grid.addColumn(ExportedChapter::getTitle).setHeader(getTranslation("exports.manifest.chapter"))
                .setWidth("16rem").setFlexGrow(3).setKey("title");
        grid.addColumn(ExportedChapter::getWrittenBy).setHeader(getTranslation("exports.manifest.writtenBy"))
                .setWidth("9rem").setFlexGrow(1).setKey("writtenBy").setTooltipGenerator(ExportedChapter::getWrittenBy);
        grid.addColumn(c -> ExportLabels.state(this, c.getState())).setHeader(getTranslation("exports.manifest.state"))
                .setAutoWidth(true).setFlexGrow(0).setKey("state");
        grid.addColumn(c -> c.isIncluded() ? getTranslation("exports.manifest.revision", c.getRevision())
                        : getTranslation("exports.manifest.notIncluded"))
                .setHeader(getTranslation("exports.manifest.revisionHeader")).setAutoWidth(true).setFlexGrow(0).setKey("revision");
        grid.setPartNameGenerator(c -> c.isIncluded() ? null : "missing");
        grid.setItems(export.getManifest());
        grid.setAllRowsVisible(export.getManifest().size() <= 12);
        if (export.getManifest().size() > 12) {
            grid.setHeight("60vh");
        }
        add(grid);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("manifest-close");
        getFooter().add(ExportLabels.download(this, exports, export, getTranslation("exports.download")), close);
    }
}

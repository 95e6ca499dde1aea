package fr.recueil.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.recueil.chapter.ChapterState;
import fr.recueil.export.ExportDownload;
import fr.recueil.export.ExportService;
import fr.recueil.export.ReportExport;

import java.io.ByteArrayInputStream;

/** How the exports page writes an export: its badges, size, duration, and its download link. */
final class ExportLabels {

    private ExportLabels() {
    }

    /** "Projet" or "Finale". */
    static Span kind(Component source, ReportExport export) {
        Span badge = new Span(source.getTranslation(export.isDraft() ? "exports.kind.draft" : "exports.kind.final"));
        badge.addClassNames("recueil-badge", export.isDraft() ? "draft" : "success");
        badge.getElement().setAttribute("data-kind", export.isDraft() ? "draft" : "final");
        return badge;
    }

    /** "Obsolète" with the reason on hover and for screen readers, or "À jour". */
    static Span status(Component source, ReportExport export) {
        if (!export.isObsolete()) {
            Span current = new Span(source.getTranslation("exports.current"));
            current.addClassName("recueil-muted");
            return current;
        }
        Span badge = new Span(source.getTranslation("exports.obsolete"));
        badge.addClassNames("recueil-badge", "warning", "recueil-export-obsolete");
        badge.getElement().setAttribute("title", export.getObsoleteReason());
        badge.getElement().setAttribute("aria-label",
                source.getTranslation("exports.obsoleteBecause", export.getObsoleteReason()));
        return badge;
    }

    static String chapters(Component source, ReportExport export) {
        return source.getTranslation("exports.chapters", export.includedChapters(), export.getManifest().size());
    }

    static String size(Component source, int bytes) {
        return bytes < 1024 * 1024
                ? source.getTranslation("exports.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : source.getTranslation("exports.size.mb", bytes / (1024.0 * 1024.0));
    }

    static String duration(Component source, int milliseconds) {
        return milliseconds < 1000
                ? source.getTranslation("exports.duration.ms", milliseconds)
                : source.getTranslation("exports.duration.s", milliseconds / 1000.0);
    }

    static String state(Component source, ChapterState state) {
        return state == null ? source.getTranslation("exports.missing.noChapter") : source.getTranslation(state.labelKey());
    }

    /** A link that downloads the archived file; the service checks the user's role on each download. */
    static Anchor download(Component source, ExportService exports, ReportExport export, String text) {
        long exportId = export.getId();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            ExportDownload file = exports.download(exportId);
            return new DownloadResponse(new ByteArrayInputStream(file.data()), file.fileName(), file.mediaType(),
                    file.data().length);
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        link.addClassName("recueil-export-download");
        link.getElement().setAttribute("aria-label", source.getTranslation("exports.downloadFile", export.getFileName()));
        link.getElement().setAttribute("data-file-name", export.getFileName());
        return link;
    }
}

package fr.recueil.export;

import fr.recueil.base.Translatable;

import java.util.Locale;
import java.util.Optional;

/** The formats the consolidated report is exported to. */
public enum ExportFormat implements Translatable {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file extension ("pdf", "DOCX"), if it is one of ours. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    @Override
    public String labelKey() {
        return "export.format." + name();
    }
}

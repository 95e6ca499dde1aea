package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of an image upload in the user's language: its own call to action, the shared messages. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N forImage(Component owner, String addFilesKey, String dropFilesKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(addFilesKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation(dropFilesKey)));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("editor.image.tooBig"))
                .setIncorrectFileType(owner.getTranslation("editor.image.wrongType"))
                .setTooManyFiles(owner.getTranslation("editor.image.tooMany")));
        i18n.setFile(new UploadI18N.File().setRemove(owner.getTranslation("editor.remove"))
                .setRetry(owner.getTranslation("editor.image.retry"))
                .setStart(owner.getTranslation("editor.image.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("editor.image.connecting"))
                        .setProcessing(owner.getTranslation("editor.image.processing"))
                        .setHeld(owner.getTranslation("editor.image.held"))
                        .setStalled(owner.getTranslation("editor.image.stalled")))
                .setError(new UploadI18N.Uploading.Error().setFileTooLarge(owner.getTranslation("editor.image.tooBig"))
                        .setServerUnavailable(owner.getTranslation("editor.image.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("editor.image.serverError"))
                        .setForbidden(owner.getTranslation("editor.image.serverError"))));
        return i18n;
    }
}

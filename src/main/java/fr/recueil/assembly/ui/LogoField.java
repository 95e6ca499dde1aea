package fr.recueil.assembly.ui;

import fr.recueil.base.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.recueil.assembly.FrontMatterService;
import fr.recueil.assembly.ReportFrontMatter;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.chapter.ImageRules;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;

/**
 * The cover's logo: stored as soon as it is sent (PNG or JPEG, 5 MB at most, checked again by the
 * service from the bytes), shown once stored, removable. A refused file leaves the current logo
 * and the rest of the form as they were, and says why under the upload.
 */
final class LogoField extends Div {

    /** A stored logo, for the previews. */
    record Logo(byte[] data, String mediaType, String fileName) {

        Image image(String alt) {
            byte[] bytes = data;
            DownloadHandler handler = event -> {
                event.setContentType(mediaType);
                event.setContentLength(bytes.length);
                event.inline(fileName == null ? "logo" : fileName);
                event.getOutputStream().write(bytes);
            };
            return new Image(handler, alt);
        }
    }

    private final transient FrontMatterService frontMatters;
    private final long campaignId;
    private final boolean readOnly;
    private final transient Consumer<ReportFrontMatter> onChange;
    private final Div picture = new Div();
    private final Span refusal = new Span();
    private final Upload upload;
    private Logo logo;

    LogoField(FrontMatterService frontMatters, long campaignId, boolean readOnly, Consumer<ReportFrontMatter> onChange) {
        this.frontMatters = frontMatters;
        this.campaignId = campaignId;
        this.readOnly = readOnly;
        this.onChange = onChange;
        addClassName("recueil-logo-field");
        setId("logo-field");
        Span label = new Span(getTranslation("cover.logo.label"));
        label.addClassName("recueil-logo-label");
        picture.addClassName("recueil-logo-picture");
        picture.setId("logo-picture");
        refusal.setId("logo-refusal");
        refusal.addClassName("recueil-image-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> store(metadata.fileName(), bytes)));
        upload.setId("logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageRules.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> refuse(getTranslation("cover.logo.refused", e.getFileName(), e.getErrorMessage())));
        upload.setVisible(!readOnly);
        Span rule = new Span(getTranslation("cover.logo.rule"));
        rule.addClassNames("recueil-muted", "recueil-logo-rule");
        rule.setVisible(!readOnly);
        Div controls = new Div(upload, rule, refusal);
        controls.addClassName("recueil-logo-controls");
        Div body = new Div(picture, controls);
        body.addClassName("recueil-logo-body");
        add(label, body);
    }

    void show(ReportFrontMatter frontMatter) {
        logo = frontMatter.hasLogo()
                ? new Logo(frontMatter.getLogo(), frontMatter.getLogoMediaType(), frontMatter.getLogoFileName()) : null;
        picture.removeAll();
        if (logo == null) {
            Span none = new Span(getTranslation("cover.logo.none"));
            none.addClassName("recueil-muted");
            picture.add(none);
            return;
        }
        Image image = logo.image(getTranslation("cover.logo.alt"));
        image.setId("logo-preview");
        picture.add(image);
        if (!readOnly) {
            Button remove = new Button(getTranslation("cover.logo.remove"), VaadinIcon.CLOSE_SMALL.create(), e -> removeLogo());
            remove.setId("remove-logo");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            picture.add(remove);
        }
    }

    Logo image() {
        return logo;
    }

    Upload upload() {
        return upload;
    }

    private void store(String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            ReportFrontMatter changed = frontMatters.changeLogo(campaignId, fileName, bytes);
            refusal.setVisible(false);
            show(changed);
            onChange.accept(changed);
            Notifications.success(this, "cover.logo.saved", fileName);
        } catch (BusinessException | AccessDeniedException e) {
            String reason = Notifications.message(this, e);
            refuse(reason.contains("« " + fileName + " »") || reason.contains("\"" + fileName + "\"")
                    ? reason : getTranslation("cover.logo.refused", fileName, reason));
        }
    }

    private void removeLogo() {
        Notifications.attempt(this, () -> {
            ReportFrontMatter changed = frontMatters.removeLogo(campaignId);
            refusal.setVisible(false);
            show(changed);
            onChange.accept(changed);
            Notifications.success(this, "cover.logo.removed");
        });
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private UploadI18N i18n() {
        return UploadTexts.forImage(this, "cover.logo.upload", "cover.logo.drop");
    }
}

package fr.recueil.chapter.ui;

import fr.recueil.base.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.chapter.ImageRules;
import org.springframework.security.access.AccessDeniedException;

/**
 * An image of the chapter: sent with an upload (PNG or JPEG, 5 MB at most, checked again by the
 * server from the bytes), shown once stored, with its caption and its mandatory alternative text.
 * A refused file leaves the current image and the texts as they were, and says why.
 */
final class ImageField extends Div {

    private final EditorContext context;
    private final Div picture = new Div();
    private final Span refusal = new Span();
    private final TextField caption;
    private final TextField alt;
    private final Upload upload;
    private final Button removeImage;
    private Long imageId;

    ImageField(EditorContext context) {
        this.context = context;
        addClassName("recueil-image-field");
        picture.addClassName("recueil-image-picture");
        refusal.addClassName("recueil-image-refusal");
        refusal.setVisible(false);
        refusal.getElement().setAttribute("role", "alert");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> store(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageRules.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(i18n());
        upload.addClassName("recueil-image-upload");
        upload.addFileRejectedListener(e -> refuse(getTranslation("editor.image.refused", e.getFileName(), e.getErrorMessage())));
        upload.setVisible(!context.readOnly());

        removeImage = new Button(getTranslation("editor.image.remove"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            setImage(null);
            context.changed();
        });
        removeImage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        caption = Fields.text(this, "editor.image.caption", context);
        caption.setWidthFull();
        alt = Fields.text(this, "editor.image.alt", context);
        alt.setWidthFull();
        alt.setHelperText(getTranslation("editor.image.alt.helper"));
        alt.addValueChangeListener(e -> checkAlt());

        Div texts = new Div(caption, alt);
        texts.addClassName("recueil-image-texts");
        Span rule = new Span(getTranslation("editor.image.rule"));
        rule.addClassName("recueil-image-rule");
        rule.setVisible(!context.readOnly());
        Div media = new Div(picture, upload, rule, refusal);
        media.addClassName("recueil-image-media");
        add(media, texts);
        showPicture();
    }

    void setImage(Long id, String captionText, String altText) {
        caption.setValue(captionText == null ? "" : captionText);
        alt.setValue(altText == null ? "" : altText);
        setImage(id);
    }

    Long imageId() {
        return imageId;
    }

    String caption() {
        return caption.getValue();
    }

    String alt() {
        return alt.getValue();
    }

    Upload upload() {
        return upload;
    }

    Span refusal() {
        return refusal;
    }

    TextField altField() {
        return alt;
    }

    TextField captionField() {
        return caption;
    }

    private void setImage(Long id) {
        this.imageId = id;
        showPicture();
        checkAlt();
    }

    private void store(String fileName, byte[] bytes) {
        try {
            long id = context.chapters().storeImage(context.chapterId(), fileName, bytes);
            refusal.setVisible(false);
            setImage(id);
            upload.clearFileList();
            context.changed();
        } catch (BusinessException | AccessDeniedException e) {
            upload.clearFileList();
            String reason = Notifications.message(this, e);
            // The server names the file in most refusals; the others get its name in front.
            refuse(reason.contains("« " + fileName + " »") || reason.contains("\"" + fileName + "\"")
                    ? reason : getTranslation("editor.image.refused", fileName, reason));
        }
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showPicture() {
        picture.removeAll();
        if (imageId == null) {
            Span none = new Span(getTranslation(context.readOnly() ? "editor.image.none" : "editor.image.hint"));
            none.addClassName("recueil-muted");
            picture.add(none);
            return;
        }
        Image image = new Image(context.image(imageId), alt.getValue());
        image.addClassName("recueil-image-preview");
        picture.add(image);
        if (!context.readOnly()) {
            picture.add(removeImage);
        }
    }

    private void checkAlt() {
        if (imageId != null && alt.getValue().isBlank()) {
            alt.setErrorMessage(getTranslation("editor.image.alt.required"));
            alt.setInvalid(true);
        } else {
            alt.setInvalid(false);
        }
        alt.setRequiredIndicatorVisible(imageId != null && !context.readOnly());
        picture.getChildren().filter(Image.class::isInstance).map(Image.class::cast)
                .forEach(image -> image.setAlt(alt.getValue()));
    }

    private UploadI18N i18n() {
        return UploadTexts.forImage(this, "editor.image.upload", "editor.image.drop");
    }
}

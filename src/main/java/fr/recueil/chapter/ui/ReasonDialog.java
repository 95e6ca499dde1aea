package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;

/**
 * Asks why work is sent back (request changes, return, reopen). The reason is required; when the
 * server refuses, the dialog stays open with what was typed and says why.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    /**
     * @param action runs with the typed reason; throws a refusal to keep the dialog open
     * @param onRefusal runs after a refusal (to show the page again and say why there too)
     */
    ReasonDialog(String title, String help, String confirmLabel, Consumer<String> action, Consumer<RuntimeException> onRefusal) {
        setHeaderTitle(title);
        addClassName("recueil-reason-dialog");
        setId("reason-dialog");
        reason.setLabel(getTranslation("review.reason.label"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setMaxLength(2000);
        reason.setId("reason-text");
        add(new Paragraph(help), reason);
        Button confirm = new Button(confirmLabel, click -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException refusal) {
                String message = Notifications.message(this, refusal);
                reason.setErrorMessage(message);
                reason.setInvalid(true);
                onRefusal.accept(refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reason-confirm");
        Button cancel = new Button(getTranslation("review.action.cancel"), click -> close());
        cancel.setId("reason-cancel");
        getFooter().add(cancel, confirm);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
    }

    TextArea reasonField() {
        return reason;
    }
}

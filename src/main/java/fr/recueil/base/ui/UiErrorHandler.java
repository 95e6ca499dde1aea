package fr.recueil.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.recueil.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The one place where an exception a view did not handle is turned into words: a refusal
 * (business rule, access, someone else's change) becomes its message; anything else is logged
 * with a short id that the message gives the user to quote, and never shown as a stack trace.
 */
@Component
class UiErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        Optional<RuntimeException> known = known(failure);
        String message;
        if (known.isPresent()) {
            message = ui == null ? known.get().getMessage() : Notifications.message(ui, known.get());
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {} in the UI", id, failure);
            message = ui == null ? id : ui.getTranslation("error.unexpected", id);
        }
        if (ui != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The refusal behind a failure, however deep Vaadin or Spring wrapped it. */
    static Optional<RuntimeException> known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BusinessException || cause instanceof OptimisticLockingFailureException
                    || cause instanceof AccessDeniedException) {
                return Optional.of((RuntimeException) cause);
            }
        }
        return Optional.empty();
    }
}

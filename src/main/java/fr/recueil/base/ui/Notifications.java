package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.recueil.base.BusinessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** How the UI tells the user that something worked, or why it did not. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(Component source, String key, Object... args) {
        Notification notification = Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, RuntimeException failure) {
        Notification notification = Notification.show(message(source, failure), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The French (or English) sentence for a refusal; never a stack trace. */
    public static String message(Component source, RuntimeException failure) {
        if (failure instanceof BusinessException business) {
            return source.getTranslation(business.messageKey(), business.arguments());
        }
        if (failure instanceof OptimisticLockingFailureException) {
            return source.getTranslation("error.concurrentChange", "");
        }
        if (failure instanceof AccessDeniedException) {
            return source.getTranslation("error.accessDenied");
        }
        throw failure;
    }

    /** Runs an action; a refusal becomes a notification instead of an error page. */
    public static boolean attempt(Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException failure) {
            error(source, failure);
            return false;
        }
    }
}

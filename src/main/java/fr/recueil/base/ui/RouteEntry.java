package fr.recueil.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.LongConsumer;

/**
 * Opening a page for the record named by its route id: no id is "not found", a record the services
 * refuse to show is "access denied" (the same answer whether it exists or not), and no data is shown.
 */
public final class RouteEntry {

    private RouteEntry() {
    }

    public static void load(BeforeEnterEvent event, String parameter, LongConsumer loader) {
        var id = event.getRouteParameters().getLong(parameter);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            loader.accept(id.get());
        } catch (AccessDeniedException denied) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }
}

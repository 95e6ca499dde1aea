package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module adds to the top bar of every page (e.g. the notification bell),
 * before the user's menu. A Spring bean; {@link #create()} is called once per page layout.
 */
public interface NavbarContribution {

    Component create();

    /** Called after each navigation, so that the component can bring itself up to date. */
    default void refresh(Component component) {
    }
}

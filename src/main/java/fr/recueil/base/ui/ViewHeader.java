package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The title of a page, an optional sentence under it, and the page's main actions on the right. */
public class ViewHeader extends Div {

    private final Div actions = new Div();

    public ViewHeader(String title) {
        this(title, null);
    }

    public ViewHeader(String title, String description) {
        addClassName("recueil-view-header");
        Div text = new Div(new H1(title));
        text.addClassName("recueil-view-header-text");
        if (description != null) {
            Paragraph paragraph = new Paragraph(description);
            paragraph.addClassName("recueil-view-description");
            text.add(paragraph);
        }
        actions.addClassName("recueil-view-header-actions");
        add(text, actions);
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }
}

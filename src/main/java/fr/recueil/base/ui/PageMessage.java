package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What an action did and what comes next, or why it was refused and what to fix, written into the
 * page itself, under its header: it stays until the user closes it or acts again, and hides nothing
 * of the work (unlike a toast over the content). Screen readers hear it as it appears.
 */
public class PageMessage extends Div {

    private final Paragraph text = new Paragraph();
    private final Div links = new Div();

    public PageMessage() {
        addClassName("recueil-page-message");
        text.addClassName("recueil-page-message-text");
        links.addClassName("recueil-page-message-links");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(getTranslation("page.message.close"));
        close.addClassName("recueil-page-message-close");
        Div body = new Div(text, links);
        body.addClassName("recueil-page-message-body");
        add(body, close);
        setVisible(false);
    }

    /** What happened and what comes next. */
    public void success(String message, Component... actions) {
        show("success", "status", message, actions);
    }

    /** Why the action was refused; {@code actions} take the user to what must be fixed. */
    public void refusal(String message, Component... actions) {
        show("error", "alert", message, actions);
    }

    public void clear() {
        setVisible(false);
        text.setText("");
        links.removeAll();
        getElement().removeAttribute("data-kind");
    }

    public String text() {
        return isVisible() ? text.getText() : "";
    }

    private void show(String kind, String role, String message, Component... actions) {
        text.setText(message);
        links.removeAll();
        links.add(actions);
        links.setVisible(actions.length > 0);
        getElement().setAttribute("data-kind", kind);
        getElement().setAttribute("role", role);
        setVisible(true);
    }
}

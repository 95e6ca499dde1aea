package fr.recueil.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.recueil.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Shown for an address that is no page of Recueil, in French and inside the shell; it names no
 * route (Vaadin's default lists them) and needs an access annotation of its own to be shown at all.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("recueil-access-denied");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("notFound.title")),
                new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("accessDenied.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

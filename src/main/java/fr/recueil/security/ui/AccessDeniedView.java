package fr.recueil.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.recueil.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Shown instead of any page the user's roles do not open, whatever URL they typed. No data is loaded. */
@PermitAll
@ParentLayout(MainLayout.class)
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        addClassName("recueil-access-denied");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("accessDenied.title")),
                new Paragraph(getTranslation("accessDenied.text")),
                new Anchor("", getTranslation("accessDenied.home")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}

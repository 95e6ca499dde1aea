package fr.recueil.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The address everyone lands on after login: sends each user to the home of their main role. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    static final String CONTRIBUTOR_HOME = "mes-chapitres";
    static final String STAFF_HOME = "tableau-de-bord";
    static final String ACCOUNT = "mon-compte";

    private final transient AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasAnyRole("CONTRIBUTOR", "DIRECTOR")) {
            event.forwardTo(CONTRIBUTOR_HOME);
        } else if (authentication.hasAnyRole("REVIEWER", "COMMUNICATION", "ADMIN")) {
            event.forwardTo(STAFF_HOME);
        } else {
            event.forwardTo(ACCOUNT);
        }
    }
}

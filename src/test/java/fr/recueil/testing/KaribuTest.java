package fr.recueil.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests: real views, real services, real (embedded) PostgreSQL with the demo data,
 * no browser. {@link #login(String)} logs a demo user in before the UI is set up.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;
    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("fr.recueil");
    }

    @BeforeEach
    void setUpVaadin() {
        setUpUi();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs the demo user in and starts a fresh UI for them, as after a real login. */
    protected void login(String login) {
        UserDetails user = userDetailsService.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockVaadin.tearDown();
        setUpUi();
    }

    private void setUpUi() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
    }
}

package fr.recueil.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import fr.recueil.base.Translations;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageChoiceTest extends KaribuTest {

    private static final String USER = "relectrice.demo";

    @Autowired
    private LanguageSwitch languageSwitch;
    @Autowired
    private UserService users;

    @AfterEach
    void backToFrench() {
        login(USER);
        languageSwitch.switchTo(Translations.FRENCH);
    }

    @Test
    void the_interface_is_french_by_default() {
        login(USER);
        UI.getCurrent().navigate("mon-compte");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(_get(H1.class, spec -> spec.withText("Mon compte"))).isNotNull();
    }

    @Test
    void a_user_who_chooses_english_gets_english_at_their_next_login() {
        login(USER);
        languageSwitch.switchTo(Locale.ENGLISH);

        assertThat(users.findForAuthentication(USER).orElseThrow().getLocale()).isEqualTo("en");

        login(USER);
        UI.getCurrent().navigate("mon-compte");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class, spec -> spec.withText("My account"))).isNotNull();
    }
}

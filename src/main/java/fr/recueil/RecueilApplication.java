package fr.recueil;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/recueil.css")
public class RecueilApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(RecueilApplication.class, args);
    }

    /** One clock for the whole application, so that tests can pin time (deadlines, lockouts). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

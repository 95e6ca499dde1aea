package fr.recueil.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import fr.recueil.base.BusinessException;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class UiErrorHandlerTest extends KaribuTest {

    @Autowired
    private UiErrorHandler handler;

    @Test
    void each_known_refusal_becomes_its_message_however_deep_it_was_wrapped() {
        clearNotifications();
        handler.error(new ErrorEvent(new IllegalStateException(new BusinessException("error.workflow.changedMeanwhile", "Camille"))));
        handler.error(new ErrorEvent(new AccessDeniedException("chapter 3")));
        handler.error(new ErrorEvent(new RuntimeException(new OptimisticLockingFailureException("version"))));

        assertThat(texts()).containsExactly(
                "Le chapitre a changé depuis que vous l'avez ouvert (Camille l'a modifié) : rechargez-le avant d'agir.",
                "Vous n'avez pas le droit de faire cette action.",
                "Quelqu'un d'autre a modifié «  » entre-temps. Rechargez la page pour voir sa version, puis refaites votre changement.");
    }

    @Test
    void an_unexpected_error_gives_the_user_a_code_to_quote_and_no_stack_trace() {
        clearNotifications();
        handler.error(new ErrorEvent(new NullPointerException("secret detail")));

        assertThat(texts()).singleElement().satisfies(text -> assertThat(text)
                .matches("Une erreur inattendue s'est produite\\. Si elle se reproduit, donnez ce code à l'administrateur : [0-9a-f]{8}\\.")
                .doesNotContain("secret", "NullPointer"));
    }

    private static List<String> texts() {
        return getNotifications().stream().map(UiErrorHandlerTest::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", notification.getElement().getTextRecursively());
    }
}

package fr.recueil.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.recueil.organisation.Recipient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** E-mails go through a real SMTP conversation, with an in-process server. */
class MailNotifierTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void a_notification_is_mailed_in_the_recipients_language_with_a_link_to_the_chapter() throws Exception {
        MailNotifier notifier = new MailNotifier(provider(), "recueil@departement.example", "https://recueil.departement.example/");
        Recipient camille = new Recipient("contributeur.dasipe", "Camille Martin", "camille.martin@departement.example", null);

        notifier.sendAfterCommit(camille, 42L, "notification.changesRequested",
                List.of("Direction de l'action sociale", "Sophie Leroy", "Complétez le budget."));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo("[Recueil] Sophie Leroy demande des modifications sur « Direction de l'action sociale » : Complétez le budget.");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("camille.martin@departement.example");
        String body = received[0].getContent().toString();
        assertThat(body).startsWith("Bonjour Camille Martin,")
                .contains("Ouvrir le chapitre : https://recueil.departement.example/chapitres/42")
                .contains("Recueil, le rapport d'activité des services");
    }

    @Test
    void an_english_speaking_user_gets_the_mail_in_english() throws Exception {
        MailNotifier notifier = new MailNotifier(provider(), "recueil@departement.example", "http://localhost:8080");
        Recipient sophie = new Recipient("relecteur.demo", "Sophie Leroy", "sophie.leroy@departement.example", "en");

        notifier.sendAfterCommit(sophie, 7L, "notification.submitted", List.of("DSI", "Karim Benali"));

        assertThat(smtp.getReceivedMessages()[0].getSubject())
                .isEqualTo("[Recueil] \"DSI\" was submitted by Karim Benali: it waits for its review.");
    }

    @Test
    void without_an_smtp_server_configured_nothing_is_sent_and_nothing_fails() {
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> none = mock(ObjectProvider.class);
        MailNotifier notifier = new MailNotifier(none, "recueil@localhost", "http://localhost:8080");

        notifier.sendAfterCommit(new Recipient("x", "X", "x@example.org", null), 1L, "notification.approved", List.of("A", "B"));

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ObjectProvider<JavaMailSender> provider() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        sender.setDefaultEncoding("UTF-8");
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        return provider;
    }
}

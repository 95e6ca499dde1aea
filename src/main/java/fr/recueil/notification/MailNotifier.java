package fr.recueil.notification;

import fr.recueil.base.Translations;
import fr.recueil.organisation.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Locale;

/**
 * E-mails the notifications when an SMTP server is configured (spring.mail.host); off otherwise.
 * Mail goes out after the transaction commits, so nobody is told of something that was rolled
 * back, and a mail server failure never undoes the user's action.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    MailNotifier(ObjectProvider<JavaMailSender> sender,
                 @Value("${recueil.mail.from:recueil@localhost}") String from,
                 @Value("${recueil.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void sendAfterCommit(Recipient recipient, Long chapterId, String messageKey, List<String> arguments) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || recipient.email() == null) {
            return;
        }
        SimpleMailMessage message = compose(recipient, chapterId, messageKey, arguments);
        Runnable send = () -> {
            try {
                mailSender.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail {} ({}): {}", recipient.login(), messageKey, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    SimpleMailMessage compose(Recipient recipient, Long chapterId, String messageKey, List<String> arguments) {
        Locale locale = Translations.supported(recipient.locale() == null ? null : Locale.forLanguageTag(recipient.locale()));
        String text = NotificationText.render(locale, messageKey, arguments);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        message.setSubject("[Recueil] " + firstSentence(text));
        StringBuilder body = new StringBuilder()
                .append(Translations.get(locale, "mail.greeting", recipient.displayName())).append("\n\n")
                .append(text).append("\n\n");
        if (chapterId != null) {
            body.append(Translations.get(locale, "mail.open", baseUrl + "/chapitres/" + chapterId)).append("\n\n");
        }
        body.append(Translations.get(locale, "mail.footer", baseUrl + "/mon-compte"));
        message.setText(body.toString());
        return message;
    }

    private static String firstSentence(String text) {
        String line = text.split("\n", 2)[0];
        return line.length() <= 120 ? line : line.substring(0, 117) + "…";
    }
}

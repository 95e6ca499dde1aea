package fr.recueil.security;

import fr.recueil.base.Translations;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The sentence that tells a locked-out user why and until when. */
@Component
public class LockoutMessages {

    private final LoginThrottle throttle;
    private final Clock clock;

    LockoutMessages(LoginThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Why the current request's attempts for this login are held back, if they are. */
    public Optional<String> lockMessage(String login, Locale locale) {
        return message(throttle.refusalForCurrentRequest(login), locale);
    }

    /** Why this login's attempts on the login page from this address are held back, if they are. */
    public Optional<String> lockMessage(String login, String address, Locale locale) {
        return message(throttle.refusal(login, address, LoginThrottle.Channel.UI), locale);
    }

    private Optional<String> message(Optional<LoginThrottle.Refusal> found, Locale locale) {
        return found.map(refusal -> {
            Instant until = refusal.until();
            long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
            String time = DateTimeFormatter.ofPattern(Translations.supported(locale) == Translations.FRENCH ? "HH' h 'mm" : "HH:mm")
                    .withZone(ZoneId.systemDefault()).format(until);
            return refusal.lock()
                    ? Translations.get(locale, "login.locked", throttle.policy().maxFailures(), time, minutes)
                    : Translations.get(locale, "login.delayed", time, minutes);
        });
    }

    public static String lastFailedLoginAttribute() {
        return FailedLoginMemory.ATTRIBUTE;
    }
}

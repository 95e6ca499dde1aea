package fr.recueil.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * After {@code maxFailures} failed logins within {@code window}, the login is locked for
 * {@code duration}. Defaults: 5 failures in 15 minutes lock for 15 minutes.
 */
@ConfigurationProperties("recueil.security.lockout")
record LockoutPolicy(Integer maxFailures, Duration window, Duration duration) {

    LockoutPolicy {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
    }
}

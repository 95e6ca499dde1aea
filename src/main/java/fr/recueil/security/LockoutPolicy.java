package fr.recueil.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How failed logins are throttled (see SECURITY.md), separately for the login page and for the
 * automation endpoint:
 * <ul>
 * <li>from one of the account's usual addresses (where it logged in successfully within
 *     {@code usualAddressMemory}), {@code maxFailures} failures within {@code window} lock the account
 *     for {@code duration} — for attempts from its usual addresses only;</li>
 * <li>from anywhere else, the same number of failures within a day starts a growing delay instead:
 *     {@code firstDelay}, doubled at each further failure of the day, at most {@code duration};
 *     the user at their usual address is not held up;</li>
 * <li>one address failing {@code maxFailuresPerAddress} times within a day, whatever the logins,
 *     gets the same growing delay, except for the accounts whose usual address it is.</li>
 * </ul>
 * Defaults: 5 failures, 15 minutes, 15 minutes, 30 s, 20 per address, 90 days.
 */
@ConfigurationProperties("recueil.security.lockout")
record LockoutPolicy(Integer maxFailures, Duration window, Duration duration, Duration firstDelay,
                     Integer maxFailuresPerAddress, Duration usualAddressMemory) {

    /** How long failures count towards the growth of a delay (and are kept). */
    static final Duration DELAY_MEMORY = Duration.ofDays(1);

    LockoutPolicy {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
        firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        usualAddressMemory = usualAddressMemory == null ? Duration.ofDays(90) : usualAddressMemory;
    }

    /** The wait after the {@code failures}-th failure, once the limit is reached: doubles, capped. */
    Duration delayAfter(long failures, long limit) {
        long doublings = Math.min(20, Math.max(0, failures - limit));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(duration) > 0 ? duration : delay;
    }
}

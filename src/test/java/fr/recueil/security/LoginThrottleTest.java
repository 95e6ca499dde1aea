package fr.recueil.security;

import fr.recueil.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class LoginThrottleTest {

    @Autowired
    private JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private LoginThrottle throttle;
    private String login;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(jdbc, new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        login = "user-" + UUID.randomUUID();
    }

    @Test
    void four_failures_do_not_lock_the_login() {
        fail(4);

        assertThat(throttle.lockedUntil(login)).isEmpty();
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_the_login_for_fifteen_minutes() {
        fail(4);
        clock.advance(Duration.ofMinutes(10));
        fail(1);

        assertThat(throttle.lockedUntil(login)).contains(Instant.parse("2025-03-10T08:25:00Z"));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedUntil(login)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedUntil(login)).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail(4);
        clock.advance(Duration.ofMinutes(16));
        fail(1);

        assertThat(throttle.lockedUntil(login)).isEmpty();
    }

    @Test
    void the_count_starts_again_after_a_lock_has_been_lifted() {
        fail(5);
        clock.advance(Duration.ofMinutes(15));
        fail(1);

        assertThat(throttle.lockedUntil(login)).isEmpty();
    }

    @Test
    void a_successful_login_forgets_the_earlier_failures() {
        fail(4);
        throttle.clear(login);
        fail(1);

        assertThat(throttle.lockedUntil(login)).isEmpty();
    }

    @Test
    void the_login_is_matched_whatever_its_case() {
        fail(5);

        assertThat(throttle.lockedUntil(login.toUpperCase(Locale.ROOT))).isPresent();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(login);
        }
    }
}

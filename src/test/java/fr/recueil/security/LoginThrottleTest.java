package fr.recueil.security;

import fr.recueil.organisation.UserService;
import fr.recueil.security.LoginThrottle.Channel;
import fr.recueil.security.LoginThrottle.Refusal;
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

    private static final String HOME = "10.1.2.3";
    private static final String ELSEWHERE = "203.0.113.7";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserService users;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private LoginThrottle throttle;
    private String login;
    private String attacker;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(jdbc, new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofSeconds(30), 20, Duration.ofDays(90)), clock, users);
        login = "user-" + UUID.randomUUID();
        // Addresses of their own, so that tests sharing the database never count each other's failures.
        attacker = "198.51.100." + (int) (Math.random() * 250);
        jdbc.sql("delete from login_failure").update();
        throttle.recordSuccess(login, HOME, Channel.UI);
    }

    @Test
    void four_failures_from_the_usual_address_do_not_lock_the_login() {
        fail(4, HOME, Channel.UI);

        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
    }

    @Test
    void the_fifth_failure_from_the_usual_address_within_fifteen_minutes_locks_the_login_for_fifteen_minutes() {
        fail(4, HOME, Channel.UI);
        clock.advance(Duration.ofMinutes(10));
        fail(1, HOME, Channel.UI);

        assertThat(throttle.refusal(login, HOME, Channel.UI))
                .contains(new Refusal(Instant.parse("2025-03-10T08:25:00Z"), true));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.refusal(login, HOME, Channel.UI)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail(4, HOME, Channel.UI);
        clock.advance(Duration.ofMinutes(16));
        fail(1, HOME, Channel.UI);

        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
    }

    @Test
    void failures_from_elsewhere_never_lock_the_user_out_of_their_usual_address_but_delay_the_attacker() {
        fail(5, attacker, Channel.UI);

        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
        assertThat(throttle.refusal(login, attacker, Channel.UI))
                .contains(new Refusal(clock.instant().plusSeconds(30), false));
        // Another address the account never used is held back too: the delay is the account's.
        assertThat(throttle.refusal(login, "192.0.2.44", Channel.UI)).isPresent();
    }

    @Test
    void the_delay_doubles_with_each_further_failure_and_never_exceeds_the_lock_duration() {
        fail(5, attacker, Channel.UI);
        assertThat(delay()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        fail(1, attacker, Channel.UI);
        assertThat(delay()).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        fail(1, attacker, Channel.UI);
        assertThat(delay()).isEqualTo(Duration.ofSeconds(120));
        for (int i = 0; i < 6; i++) {
            clock.advance(delay());
            fail(1, attacker, Channel.UI);
        }
        assertThat(delay()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failures_on_the_automation_endpoint_do_not_lock_the_login_page_and_the_reverse() {
        fail(5, HOME, Channel.API);

        assertThat(throttle.refusal(login, HOME, Channel.API)).get().extracting(Refusal::lock).isEqualTo(true);
        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
    }

    @Test
    void an_address_guessing_many_logins_is_delayed_but_not_the_accounts_whose_usual_address_it_is() {
        throttle.recordSuccess(login, attacker, Channel.UI);
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("inconnu-" + i, false, attacker, Channel.UI);
        }

        assertThat(throttle.refusal("quelqu-un", attacker, Channel.UI)).isPresent();
        assertThat(throttle.refusal(login, attacker, Channel.UI)).isEmpty();
        assertThat(throttle.refusal("quelqu-un", HOME, Channel.UI)).isEmpty();
    }

    @Test
    void unknown_logins_are_not_stored_add_no_row_once_their_address_is_held_back_and_are_pruned() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("inconnu-" + UUID.randomUUID(), false, attacker, Channel.UI);
        }

        assertThat(jdbc.sql("select count(*) from login_failure where source = ?").param(attacker)
                .query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from login_failure where source = ? and login is not null")
                .param(attacker).query(Long.class).single()).isZero();
        clock.advance(Duration.ofHours(25));
        throttle.prune();
        assertThat(jdbc.sql("select count(*) from login_failure where source = ?").param(attacker)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_successful_login_forgets_the_earlier_failures() {
        fail(4, HOME, Channel.UI);
        throttle.recordSuccess(login, HOME, Channel.UI);
        fail(1, HOME, Channel.UI);

        assertThat(throttle.refusal(login, HOME, Channel.UI)).isEmpty();
    }

    @Test
    void the_login_is_matched_whatever_its_case() {
        fail(5, HOME, Channel.UI);

        assertThat(throttle.refusal(login.toUpperCase(Locale.ROOT), HOME, Channel.UI)).isPresent();
    }

    private Duration delay() {
        return Duration.between(clock.instant(), throttle.refusal(login, attacker, Channel.UI).orElseThrow().until());
    }

    private void fail(int times, String source, Channel channel) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(login, true, source, channel);
        }
    }
}

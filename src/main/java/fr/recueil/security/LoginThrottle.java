package fr.recueil.security;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed logins and locks a login that fails too often (see {@link LockoutPolicy}).
 * Unknown logins are counted too, so that guessing logins is throttled like guessing passwords.
 */
@Component
@Transactional
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LockoutPolicy policy;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LockoutPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        clear(event.getAuthentication().getName());
    }

    void recordFailure(String login) {
        String key = key(login);
        if (key.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (login, failed_at) values (?, ?)")
                .params(key, Timestamp.from(now)).update();
        long recent = jdbc.sql("select count(*) from login_failure where login = ? and failed_at > ?")
                .params(key, Timestamp.from(now.minus(policy.window())))
                .query(Long.class).single();
        if (recent >= policy.maxFailures()) {
            jdbc.sql("""
                    insert into login_lock (login, locked_until) values (?, ?)
                    on conflict (login) do update set locked_until = excluded.locked_until""")
                    .params(key, Timestamp.from(now.plus(policy.duration()))).update();
            // The failures that caused the lock are spent: after it, the count starts again.
            jdbc.sql("delete from login_failure where login = ?").param(key).update();
        }
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String login) {
        return jdbc.sql("select locked_until from login_lock where login = ?")
                .param(key(login))
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(clock.instant()));
    }

    void clear(String login) {
        String key = key(login);
        jdbc.sql("delete from login_failure where login = ?").param(key).update();
        jdbc.sql("delete from login_lock where login = ?").param(key).update();
    }

    LockoutPolicy policy() {
        return policy;
    }

    private static String key(String login) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }
}

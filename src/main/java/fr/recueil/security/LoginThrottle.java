package fr.recueil.security;

import fr.recueil.organisation.UserService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Throttles failed logins so that it cannot be turned against a user (see {@link LockoutPolicy} and
 * SECURITY.md): counted per account, per channel ({@link Channel}: the login page and the automation
 * endpoint never lock each other) and per source address; a hard lock only from the account's usual
 * addresses, a growing delay from anywhere else. A failure of an unknown login keeps no login, only
 * its address, and every failure row is pruned once it no longer counts.
 */
@Component
@Transactional
public class LoginThrottle {

    /** Where a login is attempted: they are counted apart. */
    public enum Channel {
        UI("ui"), API("api");

        final String code;

        Channel(String code) {
            this.code = code;
        }

        static Channel of(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? API : UI;
        }
    }

    /** Why attempts are refused until {@code until}: a lock of the account, or a delay. */
    public record Refusal(Instant until, boolean lock) {
    }

    private final JdbcClient jdbc;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final UserService users;

    LoginThrottle(JdbcClient jdbc, LockoutPolicy policy, Clock clock, UserService users) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.users = users;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        currentRequest().ifPresent(request -> {
            String login = String.valueOf(event.getAuthentication().getName());
            recordFailure(login, users.findForAuthentication(login).isPresent(), source(request), Channel.of(request));
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        currentRequest().ifPresent(request ->
                recordSuccess(event.getAuthentication().getName(), source(request), Channel.of(request)));
    }

    /** Whether an attempt for this login from this address must be refused without looking at the password. */
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(String login, String source, Channel channel) {
        String key = key(login);
        Instant now = clock.instant();
        if (!key.isEmpty() && isUsual(key, source)) {
            return jdbc.sql("select locked_until from login_lock where login = ? and channel = ?")
                    .params(key, channel.code)
                    .query(Timestamp.class).optional()
                    .map(Timestamp::toInstant)
                    .filter(until -> until.isAfter(now))
                    .map(until -> new Refusal(until, true));
        }
        Optional<Refusal> account = key.isEmpty() ? Optional.empty()
                : delay("login = ? and channel = ? and not usual", key, channel, policy.maxFailures(), now);
        Optional<Refusal> address = delay("source = ? and channel = ?", source(source), channel,
                policy.maxFailuresPerAddress(), now);
        return account.isPresent() && address.isPresent()
                ? Optional.of(account.get().until().isAfter(address.get().until()) ? account.get() : address.get())
                : account.or(() -> address);
    }

    /** The refusal for an attempt of the current request (the login page asks on its own request). */
    @Transactional(readOnly = true)
    public Optional<Refusal> refusalForCurrentRequest(String login) {
        return currentRequest().flatMap(request -> refusal(login, source(request), Channel.of(request)));
    }

    void recordFailure(String login, boolean knownAccount, String source, Channel channel) {
        String key = knownAccount ? key(login) : "";
        String address = source(source);
        Instant now = clock.instant();
        if (key.isEmpty() && refusal(null, address, channel).isPresent()) {
            // An address already held back adds no row: guessing logins cannot fill the table.
            return;
        }
        boolean usual = !key.isEmpty() && isUsual(key, address);
        jdbc.sql("insert into login_failure (login, source, channel, usual, failed_at) values (?, ?, ?, ?, ?)")
                .params(key.isEmpty() ? null : key, address, channel.code, usual, Timestamp.from(now)).update();
        if (!usual) {
            return;
        }
        long recent = count("login = ? and channel = ? and usual", key, channel, now.minus(policy.window()));
        if (recent >= policy.maxFailures()) {
            jdbc.sql("""
                    insert into login_lock (login, channel, locked_until) values (?, ?, ?)
                    on conflict (login, channel) do update set locked_until = excluded.locked_until""")
                    .params(key, channel.code, Timestamp.from(now.plus(policy.duration()))).update();
            // The failures that caused the lock are spent: after it, the count starts again.
            jdbc.sql("delete from login_failure where login = ? and channel = ? and usual")
                    .params(key, channel.code).update();
        }
    }

    void recordSuccess(String login, String source, Channel channel) {
        String key = key(login);
        if (key.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where login = ? and channel = ?").params(key, channel.code).update();
        jdbc.sql("delete from login_lock where login = ? and channel = ?").params(key, channel.code).update();
        jdbc.sql("""
                insert into login_usual_address (login, source, last_success) values (?, ?, ?)
                on conflict (login, source) do update set last_success = excluded.last_success""")
                .params(key, source(source), Timestamp.from(now)).update();
    }

    /** Failures that no longer count, expired locks and forgotten usual addresses go. */
    @Scheduled(fixedDelayString = "${recueil.security.lockout.prune-every:10m}")
    public void prune() {
        Instant now = clock.instant();
        Duration keep = policy.window().compareTo(LockoutPolicy.DELAY_MEMORY) > 0 ? policy.window() : LockoutPolicy.DELAY_MEMORY;
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(now.minus(keep))).update();
        jdbc.sql("delete from login_lock where locked_until < ?").param(Timestamp.from(now)).update();
        jdbc.sql("delete from login_usual_address where last_success < ?")
                .param(Timestamp.from(now.minus(policy.usualAddressMemory()))).update();
    }

    LockoutPolicy policy() {
        return policy;
    }

    private Optional<Refusal> delay(String where, String value, Channel channel, long limit, Instant now) {
        // Counted over a day, not a window: an attacker waiting out each delay still sees it grow.
        long failures = count(where, value, channel, now.minus(LockoutPolicy.DELAY_MEMORY));
        if (failures < limit) {
            return Optional.empty();
        }
        Instant last = jdbc.sql("select max(failed_at) from login_failure where " + where + " and failed_at > ?")
                .params(value, channel.code, Timestamp.from(now.minus(LockoutPolicy.DELAY_MEMORY)))
                .query(Timestamp.class).single().toInstant();
        Instant until = last.plus(policy.delayAfter(failures, limit));
        return until.isAfter(now) ? Optional.of(new Refusal(until, false)) : Optional.empty();
    }

    private long count(String where, String value, Channel channel, Instant since) {
        return jdbc.sql("select count(*) from login_failure where " + where + " and failed_at > ?")
                .params(value, channel.code, Timestamp.from(since))
                .query(Long.class).single();
    }

    private boolean isUsual(String key, String source) {
        return jdbc.sql("select count(*) from login_usual_address where login = ? and source = ? and last_success > ?")
                .params(key, source(source), Timestamp.from(clock.instant().minus(policy.usualAddressMemory())))
                .query(Long.class).single() > 0;
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static String source(HttpServletRequest request) {
        return source(request.getRemoteAddr());
    }

    private static String source(String address) {
        String source = address == null ? "" : address.strip();
        return source.length() > 64 ? source.substring(0, 64) : source;
    }

    static String key(String login) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }
}

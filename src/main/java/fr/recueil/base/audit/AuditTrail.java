package fr.recueil.base.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Records administrative changes (who, when, what) for the audit log. Written in the caller's
 * transaction, so a change that is rolled back leaves no trace either.
 */
@Component
public class AuditTrail {

    private static final int DETAIL_MAX = 2000;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String detail) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), currentActor(), action, truncate(subject, 300), truncate(detail, DETAIL_MAX))
                .update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SystemActor.LOGIN : authentication.getName();
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}

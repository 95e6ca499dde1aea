package fr.recueil.workflow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The administrator's audit log: every transition of every chapter (with the chapter's title) and
 * every administrative change, newest first, filtered, and exported as CSV for French Excel.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    public static final int MAX_ROWS = 2000;

    public enum Kind { TRANSITION, ADMINISTRATION }

    /**
     * One line of the log. For a transition, {@code action} is the verb, {@code subject} the
     * chapter's title and {@code detail} "FROM → TO" and the reason; for an administrative change,
     * what the audit trail recorded.
     */
    public record Entry(Kind kind, Instant occurredAt, String actor, String action, String subject, String fromState,
                        String toState, String detail, Long chapterId) {
    }

    /** null or blank: no condition. {@code to} is inclusive. */
    public record Filter(LocalDate from, LocalDate to, String actor, Kind kind, String text) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Entry> entries(Filter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(actor) like ?");
            params.add("%" + like(filter.actor()) + "%");
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and lower(coalesce(action, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(detail, '')) like ?");
            params.add("%" + like(filter.text()) + "%");
        }
        params.add(MAX_ROWS);
        return jdbc.sql("""
                        select * from (
                          select 'TRANSITION' as kind, t.occurred_at, t.actor, t.verb as action, c.title as subject,
                                 t.from_state, t.to_state, t.reason as detail, c.id as chapter_id, t.id as row_id
                          from chapter_transition t join chapter c on c.id = t.chapter_id
                          union all
                          select 'ADMINISTRATION', a.occurred_at, a.actor, a.action, a.subject, null, null, a.detail, null, a.id
                          from audit_event a
                        ) log""" + where + " order by occurred_at desc, row_id desc limit ?")
                .params(params)
                .query((rs, i) -> new Entry(Kind.valueOf(rs.getString("kind")), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("detail"), (Long) rs.getObject("chapter_id")))
                .list();
    }

    /**
     * The filtered entries as CSV for French Excel: UTF-8 with a byte order mark, ";" between
     * fields, every field quoted. {@code label} gives the reader's words for kinds, verbs and states.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] csv(Filter filter, Locale locale, Function<String, String> label) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", locale).withZone(clock.getZone());
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, label.apply("audit.csv.when"), label.apply("audit.csv.kind"), label.apply("audit.csv.actor"),
                label.apply("audit.csv.action"), label.apply("audit.csv.subject"), label.apply("audit.csv.detail"));
        for (Entry entry : entries(filter)) {
            line(out, time.format(entry.occurredAt()), label.apply("audit.kind." + entry.kind().name()), entry.actor(),
                    entry.kind() == Kind.TRANSITION ? label.apply("workflow.verb." + entry.action()) : entry.action(),
                    entry.subject(), detail(entry, label));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "Soumis → Validé · reason" for a transition, the recorded detail otherwise. */
    public static String detail(Entry entry, Function<String, String> label) {
        if (entry.kind() != Kind.TRANSITION) {
            return entry.detail() == null ? "" : entry.detail();
        }
        String move = label.apply("chapter.state." + entry.fromState()) + " → " + label.apply("chapter.state." + entry.toState());
        return entry.detail() == null || entry.detail().isBlank() ? move : move + " · " + entry.detail();
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String value = fields[i] == null ? "" : fields[i];
            // A leading =, +, - or @ would be a formula in Excel.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private static String like(String text) {
        return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

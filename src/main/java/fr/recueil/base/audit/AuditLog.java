package fr.recueil.base.audit;

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The administrator's audit log: every administrative change recorded by {@link AuditTrail} and what
 * the modules add as {@link Source}s (every transition of every chapter, with its title), newest
 * first, filtered, and exported as CSV for French Excel.
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

    /**
     * A module's own entries for the log (the chapters' transitions, for one), read from its own
     * tables: the log merges them with the administrative changes, newest first.
     */
    public interface Source {

        Kind kind();

        /** At most {@code limit} entries the filter keeps, newest first; {@link Condition} applies it in SQL. */
        List<Entry> entries(Filter filter, int limit);
    }

    /**
     * A filter as SQL conditions ("and ..." after a where) on a source's columns: when it happened,
     * who acted, and the text searched (action, subject and detail), with their parameters.
     */
    public record Condition(String sql, List<Object> params) {

        public static Condition of(Filter filter, ZoneId zone, String occurredAt, String actor, String searched) {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            if (filter.from() != null) {
                where.append(" and ").append(occurredAt).append(" >= ?");
                params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.append(" and ").append(occurredAt).append(" < ?");
                params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.append(" and lower(").append(actor).append(") like ?");
                params.add("%" + like(filter.actor()) + "%");
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                where.append(" and lower(").append(searched).append(") like ?");
                params.add("%" + like(filter.text()) + "%");
            }
            return new Condition(where.toString(), List.copyOf(params));
        }
    }

    private final JdbcClient jdbc;
    private final List<Source> sources;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, List<Source> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Entry> entries(Filter filter) {
        List<Entry> entries = new ArrayList<>();
        if (filter.kind() == null || filter.kind() == Kind.ADMINISTRATION) {
            entries.addAll(administration(filter));
        }
        for (Source source : sources) {
            if (filter.kind() == null || filter.kind() == source.kind()) {
                entries.addAll(source.entries(filter, MAX_ROWS));
            }
        }
        return entries.stream().sorted(Comparator.comparing(Entry::occurredAt).reversed()).limit(MAX_ROWS).toList();
    }

    private List<Entry> administration(Filter filter) {
        Condition condition = Condition.of(filter, clock.getZone(), "occurred_at", "actor",
                "coalesce(action, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(detail, '')");
        List<Object> params = new ArrayList<>(condition.params());
        params.add(MAX_ROWS);
        return jdbc.sql("select * from audit_event where 1 = 1" + condition.sql() + " order by occurred_at desc, id desc limit ?")
                .params(params)
                .query((rs, i) -> new Entry(Kind.ADMINISTRATION, rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), null, null, rs.getString("detail"), null))
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

package fr.recueil.chapter;

import fr.recueil.base.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The chapters' transitions for the audit log: the verb, the chapter's title, "from → to" and the reason. */
@Component
class ChapterAuditSource implements AuditLog.Source {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChapterAuditSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AuditLog.Kind kind() {
        return AuditLog.Kind.TRANSITION;
    }

    @Override
    public List<AuditLog.Entry> entries(AuditLog.Filter filter, int limit) {
        AuditLog.Condition condition = AuditLog.Condition.of(filter, clock.getZone(), "t.occurred_at", "t.actor",
                "coalesce(t.verb, '') || ' ' || coalesce(c.title, '') || ' ' || coalesce(t.reason, '')");
        List<Object> params = new ArrayList<>(condition.params());
        params.add(limit);
        return jdbc.sql("""
                        select t.occurred_at, t.actor, t.verb, c.title, t.from_state, t.to_state, t.reason, c.id as chapter_id
                        from chapter_transition t join chapter c on c.id = t.chapter_id
                        where 1 = 1""" + condition.sql() + " order by t.occurred_at desc, t.id desc limit ?")
                .params(params)
                .query((rs, i) -> new AuditLog.Entry(AuditLog.Kind.TRANSITION, rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("verb"), rs.getString("title"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("reason"), rs.getLong("chapter_id")))
                .list();
    }
}

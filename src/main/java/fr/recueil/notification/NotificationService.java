package fr.recueil.notification;

import fr.recueil.organisation.Recipient;
import fr.recueil.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The in-app notification centre: what concerns each user, newest first. Notifications are
 * written in the transaction of what they tell about, and e-mailed after it commits.
 */
@Service
@Transactional
public class NotificationService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final MailNotifier mail;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, CurrentUser currentUser, MailNotifier mail, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.mail = mail;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return jdbc.sql("""
                        select id, chapter_id, kind, message_key, arguments, created_at, read_at
                        from notification where recipient = ? order by created_at desc, id desc limit ?""")
                .params(me(), limit)
                .query((rs, i) -> new Notification(rs.getLong("id"), (Long) rs.getObject("chapter_id"), rs.getString("kind"),
                        rs.getString("message_key"), arguments(rs.getString("arguments")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(me()).query(Integer.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), me()).update();
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        // Only one's own: the recipient is part of the condition.
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), notificationId, me()).update();
    }

    /** Tells each recipient (but the one who acted) something about a chapter. */
    public void notify(Collection<Recipient> recipients, String actor, Long chapterId, String kind, String messageKey,
                List<String> arguments) {
        String json = JSON.writeValueAsString(arguments);
        for (Recipient recipient : recipients) {
            if (recipient.login().equalsIgnoreCase(actor)) {
                continue;
            }
            jdbc.sql("""
                            insert into notification (recipient, chapter_id, kind, message_key, arguments, created_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(recipient.login(), chapterId, kind, messageKey, json, Timestamp.from(clock.instant()))
                    .update();
            mail.sendAfterCommit(recipient, chapterId, messageKey, arguments);
        }
    }

    private String me() {
        return currentUser.require().getUsername();
    }

    private static List<String> arguments(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}

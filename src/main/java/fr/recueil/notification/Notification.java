package fr.recueil.notification;

import java.time.Instant;
import java.util.List;

/** One notification of the bell, its text as a translation key and arguments. */
public record Notification(long id, Long chapterId, String kind, String messageKey, List<String> arguments,
                           Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}

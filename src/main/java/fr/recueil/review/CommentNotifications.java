package fr.recueil.review;

import fr.recueil.organisation.Recipient;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import fr.recueil.notification.NotificationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A comment is told to the other side: a reviewer's comment to the direction's members, a
 * member's answer to the reviewer in charge (or to every reviewer while nobody is).
 */
@Component
class CommentNotifications {

    private static final int EXCERPT = 140;

    private final NotificationService notifications;
    private final UserService users;

    CommentNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(CommentAdded event) {
        List<Recipient> recipients;
        if (event.byReviewer()) {
            recipients = users.membersOf(event.directionId());
        } else if (event.assignee() != null) {
            recipients = users.recipient(event.assignee()).map(List::of).orElse(List.of());
        } else {
            recipients = users.withRole(Role.REVIEWER);
        }
        String author = users.recipient(event.author()).map(Recipient::displayName).orElse(event.author());
        String excerpt = event.body().length() <= EXCERPT ? event.body() : event.body().substring(0, EXCERPT - 1) + "…";
        notifications.notify(recipients, event.author(), event.chapterId(), "COMMENT", "notification.commentAdded",
                List.of(event.chapterTitle(), author, event.blockTitle(), excerpt));
    }
}

package fr.recueil.notification;

import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterEvents;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.organisation.Recipient;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who is told what when a chapter moves: reviewers when a chapter reaches them, the direction's
 * directors when one waits for their validation, the direction's members when their chapter is
 * sent back, approved or reopened. Never the person who acted.
 */
@Component
class WorkflowNotifications {

    private final NotificationService notifications;
    private final ChapterService chapters;
    private final UserService users;

    WorkflowNotifications(NotificationService notifications, ChapterService chapters, UserService users) {
        this.notifications = notifications;
        this.chapters = chapters;
        this.users = users;
    }

    @EventListener
    void on(ChapterEvents.ChapterTransitioned event) {
        Chapter chapter = chapters.chapter(event.chapterId());
        String title = chapter.getTitle();
        String actor = users.recipient(event.actor()).map(Recipient::displayName).orElse(event.actor());
        switch (event) {
            case ChapterEvents.Submitted e when e.to() == ChapterState.DIRECTOR_VALIDATION ->
                    tell(directorsOf(e.directionId()), e, "TO_VALIDATE", "notification.toValidate", title, actor);
            case ChapterEvents.Submitted e -> tell(reviewers(), e, "SUBMITTED", "notification.submitted", title, actor);
            case ChapterEvents.Validated e -> tell(reviewers(), e, "SUBMITTED", "notification.submitted", title, actor);
            case ChapterEvents.Returned e ->
                    tell(users.membersOf(e.directionId()), e, "RETURNED", "notification.returned", title, actor, e.reason());
            case ChapterEvents.ChangesRequested e -> tell(users.membersOf(e.directionId()), e, "CHANGES_REQUESTED",
                    "notification.changesRequested", title, actor, e.reason());
            case ChapterEvents.Approved e ->
                    tell(users.membersOf(e.directionId()), e, "APPROVED", "notification.approved", title, actor);
            case ChapterEvents.Reopened e ->
                    tell(users.membersOf(e.directionId()), e, "REOPENED", "notification.reopened", title, actor, e.reason());
            case ChapterEvents.Recalled e -> { }
            case ChapterEvents.ReviewStarted e -> { }
        }
    }

    private void tell(List<Recipient> recipients, ChapterEvents.ChapterTransitioned event, String kind, String key,
                      String... arguments) {
        notifications.notify(recipients, event.actor(), event.chapterId(), kind, key, List.of(arguments));
    }

    private List<Recipient> reviewers() {
        return users.withRole(Role.REVIEWER);
    }

    private List<Recipient> directorsOf(long directionId) {
        return users.membersOf(directionId).stream()
                .filter(r -> users.withRole(Role.DIRECTOR).stream().anyMatch(d -> d.login().equals(r.login())))
                .toList();
    }
}

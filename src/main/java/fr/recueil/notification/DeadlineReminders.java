package fr.recueil.notification;

import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every morning, reminds the members of each direction whose chapter is not submitted yet, 7 days
 * and 1 day before their deadline. Each reminder is sent once, even if the job runs twice.
 */
@Component
class DeadlineReminders {

    static final List<Integer> DAYS_BEFORE = List.of(7, 1);
    private static final Set<ChapterState> NOT_SUBMITTED = EnumSet.of(ChapterState.DRAFT, ChapterState.CHANGES_REQUESTED);

    private final CampaignService campaigns;
    private final ChapterService chapters;
    private final UserService users;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineReminders(CampaignService campaigns, ChapterService chapters, UserService users,
                      NotificationService notifications, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.users = users;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${recueil.reminders.cron:0 0 7 * * *}")
    void sendDueReminders() {
        SystemActor.run(this::remind);
    }

    /** Returns how many reminders were sent. */
    @Transactional
    int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        var campaign = campaigns.currentCampaign();
        if (campaign.isEmpty()) {
            return 0;
        }
        for (ChapterSummary chapter : chapters.chaptersOf(campaign.get().getId())) {
            long daysLeft = ChronoUnit.DAYS.between(today, chapter.deadline());
            if (!NOT_SUBMITTED.contains(chapter.state()) || !DAYS_BEFORE.contains((int) daysLeft)) {
                continue;
            }
            int inserted = jdbc.sql("""
                            insert into reminder_sent (chapter_id, days_before, deadline, sent_at) values (?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(chapter.id(), (int) daysLeft, chapter.deadline(), Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 1) {
                notifications.notify(users.membersOf(chapter.directionId()), SystemActor.LOGIN, chapter.id(), "REMINDER",
                        "notification.reminder", List.of(chapter.title(), chapter.deadline().toString(), Long.toString(daysLeft)));
                sent++;
            }
        }
        return sent;
    }
}

package fr.recueil.notification;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.chapter.WorkflowService;

import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.SampleContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class NotificationsTest {

    @Autowired
    private WorkflowService workflow;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private UserService users;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Actors actors;

    private ChapterSummary dasipe;

    @BeforeEach
    void completeDasipeChapter() {
        actors.loginAs("contributeur.dasipe");
        dasipe = chapters.myChapters().getFirst();
        chapters.save(dasipe.id(), dasipe.version(), SampleContent.complete(chapters.chapter(dasipe.id()).getContent()));
    }

    @Test
    void a_submitted_chapter_is_announced_to_every_reviewer_but_not_to_the_one_who_submitted() {
        int before = actors.as("relecteur.demo", () -> notifications.unreadCount());

        workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);

        actors.as("relecteur.demo", () -> {
            assertThat(notifications.unreadCount()).isEqualTo(before + 1);
            Notification latest = notifications.mine(1).getFirst();
            assertThat(NotificationText.render(Locale.FRENCH, latest.messageKey(), latest.arguments()))
                    .isEqualTo("« Direction de l'action sociale, de l'insertion et des parcours vers l'emploi » a été soumis "
                            + "par Camille Martin : il attend sa relecture.");
            assertThat(latest.chapterId()).isEqualTo(dasipe.id());
        });
        actors.as("relectrice.demo", () -> assertThat(notifications.mine(1).getFirst().kind()).isEqualTo("SUBMITTED"));
        assertThat(notifications.mine(5)).noneMatch(n -> n.kind().equals("SUBMITTED") && n.chapterId() == dasipe.id());
    }

    @Test
    void the_direction_is_told_when_its_chapter_is_sent_back_with_the_reason() {
        Chapter submitted = workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);
        actors.as("relecteur.demo", () -> {
            Chapter inReview = workflow.perform(dasipe.id(), submitted.getVersion(), WorkflowVerb.START_REVIEW);
            workflow.perform(dasipe.id(), inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Complétez le budget.");
        });

        for (String member : List.of("contributeur.dasipe", "directrice.dasipe")) {
            actors.as(member, () -> {
                Notification latest = notifications.mine(1).getFirst();
                assertThat(latest.kind()).isEqualTo("CHANGES_REQUESTED");
                assertThat(NotificationText.render(Locale.ENGLISH, latest.messageKey(), latest.arguments()))
                        .isEqualTo("Sophie Leroy requests changes on \"Direction de l'action sociale, de l'insertion et des "
                                + "parcours vers l'emploi\": Complétez le budget.");
            });
        }
    }

    @Test
    void reading_the_bell_marks_only_ones_own_notifications() {
        workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);

        actors.as("relecteur.demo", () -> {
            notifications.markAllRead();
            assertThat(notifications.unreadCount()).isZero();
        });
        actors.as("relectrice.demo", () -> assertThat(notifications.unreadCount()).isPositive());
    }

    @Test
    void reminders_go_7_days_and_1_day_before_the_deadline_once_each() {
        var deadline = dasipe.deadline();
        int members = users.membersOf(dasipe.directionId()).size();

        assertThat(remindersOn(deadline.minusDays(8))).isZero();
        assertThat(remindersOn(deadline.minusDays(7))).isEqualTo(1);
        assertThat(remindersOn(deadline.minusDays(7))).isZero();
        assertThat(remindersOn(deadline.minusDays(3))).isZero();
        assertThat(remindersOn(deadline.minusDays(1))).isEqualTo(1);

        int reminders = jdbc.sql("select count(*) from notification where chapter_id = ? and kind = 'REMINDER'")
                .param(dasipe.id()).query(Integer.class).single();
        assertThat(reminders).isEqualTo(2 * members);
        Notification latest = notifications.mine(1).getFirst();
        assertThat(NotificationText.render(Locale.FRENCH, latest.messageKey(), latest.arguments()))
                .endsWith("est à soumettre avant le " + fr.recueil.base.Formats.date(deadline, Locale.FRENCH) + " (dans 1 jour(s)).");
    }

    @Test
    void a_submitted_chapter_gets_no_reminder() {
        workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);

        assertThat(remindersOn(dasipe.deadline().minusDays(1))).isZero();
    }

    private int remindersOn(java.time.LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(7, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        DeadlineReminders reminders = new DeadlineReminders(campaigns, chapters, users, notifications, jdbc, fixed);
        return actors.as("admin", reminders::remind);
    }

    private long version() {
        return chapters.chapter(dasipe.id()).getVersion();
    }
}

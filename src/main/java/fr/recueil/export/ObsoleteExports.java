package fr.recueil.export;

import fr.recueil.chapter.ChapterEvents;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a reviewer reopens an approved chapter, every archived export that printed it no longer
 * says what the report says: it is flagged obsolete, in the same transaction as the reopening,
 * with the chapter, when, who and why, so that the archive can tell the team what changed.
 */
@Component
class ObsoleteExports {

    /** The width of report_export.obsolete_reason. */
    static final int REASON_MAX = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final ReportExportRepository exports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ObsoleteExports(ReportExportRepository exports, CurrentUser currentUser, Clock clock) {
        this.exports = exports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChapterEvents.Reopened event) {
        var now = clock.instant();
        // The listener runs in the reopening request: the current user is the one who reopened.
        String who = currentUser.get().filter(user -> user.getUsername().equals(event.actor()))
                .map(RecueilUser::displayName).orElse(event.actor());
        for (ReportExport export : exports.findCurrentHolding(event.chapterId())) {
            String chapter = export.getManifest().stream()
                    .filter(c -> c.getChapterId() != null && c.getChapterId() == event.chapterId())
                    .map(c -> "Annexe " + c.getAnnexNumber() + " «\u00a0" + c.getTitle() + "\u00a0»")
                    .findFirst().orElse("Un chapitre");
            String reason = chapter + " rouvert le " + WHEN.format(now) + " par " + who
                    + (event.reason() == null ? "" : "\u00a0: " + event.reason());
            export.markObsolete(now, bounded(reason));
        }
    }

    private static String bounded(String reason) {
        return reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
    }
}

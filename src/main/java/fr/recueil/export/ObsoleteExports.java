package fr.recueil.export;

import fr.recueil.chapter.ChapterEvents;
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
 * says what the report says: it is flagged obsolete, in the same transaction as the reopening.
 */
@Component
class ObsoleteExports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final ReportExportRepository exports;
    private final Clock clock;

    ObsoleteExports(ReportExportRepository exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChapterEvents.Reopened event) {
        var now = clock.instant();
        for (ReportExport export : exports.findCurrentHolding(event.chapterId())) {
            String title = export.getManifest().stream()
                    .filter(c -> c.getChapterId() != null && c.getChapterId() == event.chapterId())
                    .map(c -> "Annexe " + c.getAnnexNumber() + " « " + c.getTitle() + " »")
                    .findFirst().orElse("un chapitre");
            export.markObsolete(now, title + " rouvert le " + WHEN.format(now) + " par " + event.actor());
        }
    }
}

package fr.recueil.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps the export archive from growing without end: every night, the drafts and the obsolete exports
 * older than {@code recueil.export.retention} (RECUEIL_EXPORT_RETENTION, 90 days by default; 0 keeps
 * everything) are removed with their files. A final export that is still current is never removed: it
 * is the record of what was published. Identical exports are not stored twice in the first place
 * ({@link ExportService}).
 */
@Component
class ExportRetention {

    private static final Logger log = LoggerFactory.getLogger(ExportRetention.class);

    private final ReportExportRepository exports;
    private final Clock clock;
    private final Duration retention;

    ExportRetention(ReportExportRepository exports, Clock clock,
                    @Value("${recueil.export.retention:90d}") Duration retention) {
        this.exports = exports;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${recueil.export.retention-cron:0 30 3 * * *}")
    @Transactional
    public int apply() {
        if (retention.isZero() || retention.isNegative()) {
            return 0;
        }
        int removed = exports.deleteExpired(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Export archive: {} draft or obsolete export(s) older than {} removed", removed, retention);
        }
        return removed;
    }
}

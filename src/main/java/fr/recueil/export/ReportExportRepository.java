package fr.recueil.export;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;

interface ReportExportRepository extends JpaRepository<ReportExport, Long> {

    List<ReportExport> findByCampaignIdOrderByCreatedAtDescIdDesc(long campaignId);

    Optional<ReportExport> findFirstByCampaignIdAndContentKeyAndObsoleteSinceIsNullOrderByCreatedAtDesc(long campaignId,
                                                                                                       String contentKey);

    /** Drafts and obsolete exports made before {@code before}: what the retention setting removes. */
    @Modifying
    @Query("delete from ReportExport e where e.createdAt < :before and (e.draft = true or e.obsoleteSince is not null)")
    int deleteExpired(Instant before);

    @Query("select distinct e from ReportExport e join e.manifest c where c.chapterId = :chapterId "
            + "and c.revision is not null and e.obsoleteSince is null")
    List<ReportExport> findCurrentHolding(long chapterId);
}

package fr.recueil.export;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ReportExportRepository extends JpaRepository<ReportExport, Long> {

    List<ReportExport> findByCampaignIdOrderByCreatedAtDescIdDesc(long campaignId);

    @Query("select distinct e from ReportExport e join e.manifest c where c.chapterId = :chapterId "
            + "and c.revision is not null and e.obsoleteSince is null")
    List<ReportExport> findCurrentHolding(long chapterId);
}

package fr.recueil.chapter;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ChapterRepository extends JpaRepository<Chapter, Long> {

    List<Chapter> findByCampaignIdOrderByIdAsc(long campaignId);

    List<Chapter> findByCampaignIdAndDirectionIdIn(long campaignId, Collection<Long> directionIds);

    Optional<Chapter> findByOutlineEntryId(long outlineEntryId);

    boolean existsByOutlineEntryId(long outlineEntryId);

    boolean existsByDirectionId(long directionId);

    List<Chapter> findByCampaignIdAndDirectionId(long campaignId, long directionId);

    @Query("""
            select new fr.recueil.chapter.ChapterStanding(c.id, c.version, c.outlineEntryId, c.title, c.directionId, c.state,
                   c.assignee, c.stateSince)
            from Chapter c where c.campaignId = :campaignId""")
    List<ChapterStanding> findStandingsByCampaignId(long campaignId);

    /** Each chapter's latest "changes requested" reason: chapter id, reason. */
    @Query(value = """
            select distinct on (chapter_id) chapter_id, reason from chapter_transition
            where chapter_id in (:chapterIds) and to_state = 'CHANGES_REQUESTED' and reason is not null
            order by chapter_id, occurred_at desc, id desc""", nativeQuery = true)
    List<Object[]> findLatestChangeRequestReasons(Collection<Long> chapterIds);
}

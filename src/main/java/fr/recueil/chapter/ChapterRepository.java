package fr.recueil.chapter;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ChapterRepository extends JpaRepository<Chapter, Long> {

    List<Chapter> findByCampaignIdOrderByIdAsc(long campaignId);

    List<Chapter> findByCampaignIdAndDirectionIdIn(long campaignId, Collection<Long> directionIds);

    Optional<Chapter> findByOutlineEntryId(long outlineEntryId);

    boolean existsByOutlineEntryId(long outlineEntryId);

    boolean existsByDirectionId(long directionId);

    List<Chapter> findByCampaignIdAndDirectionId(long campaignId, long directionId);
}

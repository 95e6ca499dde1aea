package fr.recueil.campaign;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByYearDesc();

    Optional<Campaign> findByYear(int year);

    boolean existsByYear(int year);

    Optional<Campaign> findFirstByStatusOrderByYearDesc(CampaignStatus status);

    Optional<Campaign> findFirstByStatusInOrderByYearDesc(Collection<CampaignStatus> statuses);

    @Query(value = "select count(*) > 0 from outline_entry where direction_id = :directionId", nativeQuery = true)
    boolean outlineMentions(long directionId);

    @Query(value = "select count(*) > 0 from campaign_deadline_override where direction_id = :directionId", nativeQuery = true)
    boolean deadlineMentions(long directionId);
}

package fr.recueil.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TransversalEntryRepository extends JpaRepository<TransversalEntry, Long> {

    List<TransversalEntry> findAllByOrderByPositionAsc();

    boolean existsByOwnerDirectionId(Long directionId);
}

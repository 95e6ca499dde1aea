package fr.recueil.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DirectionRepository extends JpaRepository<Direction, Long> {

    List<Direction> findAllByOrderByPositionAsc();

    boolean existsByAcronymIgnoreCase(String acronym);

    boolean existsByAcronymIgnoreCaseAndIdNot(String acronym, Long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    long countByPole(Pole pole);
}

package fr.recueil.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PoleRepository extends JpaRepository<Pole, Long> {

    List<Pole> findAllByOrderByPositionAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

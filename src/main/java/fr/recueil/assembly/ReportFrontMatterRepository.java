package fr.recueil.assembly;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFrontMatterRepository extends JpaRepository<ReportFrontMatter, Long> {
}

package fr.recueil.export;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExportFileRepository extends JpaRepository<ExportFile, Long> {
}

package fr.recueil.chapter;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ChapterRevisionRepository extends JpaRepository<ChapterRevision, Long> {

    List<ChapterRevision> findByChapterIdOrderByNumberAsc(long chapterId);

    Optional<ChapterRevision> findByChapterIdAndNumber(long chapterId, int number);

    Optional<ChapterRevision> findFirstByChapterIdAndKindOrderByNumberDesc(long chapterId, ChapterRevision.Kind kind);

    Optional<ChapterRevision> findFirstByChapterIdAndKindInOrderByNumberDesc(long chapterId,
                                                                             java.util.Collection<ChapterRevision.Kind> kinds);
}

package fr.recueil.chapter;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ChapterRevisionRepository extends JpaRepository<ChapterRevision, Long> {

    List<ChapterRevision> findByChapterIdOrderByNumberAsc(long chapterId);

    Optional<ChapterRevision> findByChapterIdAndNumber(long chapterId, int number);

    Optional<ChapterRevision> findFirstByChapterIdAndKindOrderByNumberDesc(long chapterId, ChapterRevision.Kind kind);

    Optional<ChapterRevision> findFirstByChapterIdAndKindInOrderByNumberDesc(long chapterId,
                                                                             java.util.Collection<ChapterRevision.Kind> kinds);

    /** The latest revision of one of these kinds of each chapter, in one query (a report reads 30 and more). */
    @org.springframework.data.jpa.repository.Query("""
            select r from ChapterRevision r
            where r.chapterId in :chapterIds and r.kind in :kinds
              and r.number = (select max(l.number) from ChapterRevision l
                              where l.chapterId = r.chapterId and l.kind in :kinds)""")
    List<ChapterRevision> findLatestOfKinds(java.util.Collection<Long> chapterIds,
                                            java.util.Collection<ChapterRevision.Kind> kinds);
}

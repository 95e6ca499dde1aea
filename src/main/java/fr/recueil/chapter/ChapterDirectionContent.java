package fr.recueil.chapter;

import fr.recueil.organisation.DirectionContent;
import org.springframework.stereotype.Component;

/** A direction that has written a chapter keeps its history: it cannot be deleted. */
@Component
class ChapterDirectionContent implements DirectionContent {

    private final ChapterRepository chapters;

    ChapterDirectionContent(ChapterRepository chapters) {
        this.chapters = chapters;
    }

    @Override
    public boolean exists(long directionId) {
        return chapters.existsByDirectionId(directionId);
    }
}

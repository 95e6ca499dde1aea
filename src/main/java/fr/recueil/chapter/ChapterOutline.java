package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.campaign.OutlineEntryRemoving;
import fr.recueil.campaign.PublicationCheck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapters' side of the outline: a campaign is published only when every chapter of its outline is
 * approved, and an entry leaves the outline with its chapter only when that chapter holds nothing
 * (what a direction wrote is never thrown away).
 */
@Component
class ChapterOutline implements PublicationCheck {

    private final ChapterRepository chapters;

    ChapterOutline(ChapterRepository chapters) {
        this.chapters = chapters;
    }

    @Override
    public long chaptersNotApproved(Campaign campaign) {
        return campaign.getOutline().stream()
                .map(OutlineEntry::getId)
                .filter(entryId -> chapters.findByOutlineEntryId(entryId)
                        .map(chapter -> chapter.getState() != ChapterState.APPROVED).orElse(true))
                .count();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OutlineEntryRemoving removal) {
        chapters.findByOutlineEntryId(removal.entryId()).ifPresent(chapter -> {
            if (!chapter.getContent().isBlank() || chapter.getState() == ChapterState.APPROVED) {
                throw new BusinessException("error.outline.removeHasContent", removal.title());
            }
            chapters.delete(chapter);
            chapters.flush();
        });
    }
}

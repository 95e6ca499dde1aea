package fr.recueil.chapter;

import fr.recueil.base.Translatable;

/** Where a chapter stands in its workflow. Only a draft or a chapter sent back can be edited. */
public enum ChapterState implements Translatable {
    DRAFT,
    DIRECTOR_VALIDATION,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED;

    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    @Override
    public String labelKey() {
        return "chapter.state." + name();
    }
}

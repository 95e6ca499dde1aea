package fr.recueil.review;

import java.time.Instant;

/** A review comment on one block of a chapter; a reply has a parent. */
public record Comment(long id, long chapterId, String blockId, Long parentId, String author, String body,
                      Instant createdAt, Instant resolvedAt, String resolvedBy) {

    public boolean isResolved() {
        return resolvedAt != null;
    }
}

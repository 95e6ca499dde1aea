package fr.recueil.review;

/** A comment was added to a chapter: the other side of the conversation is told. */
public record CommentAdded(long chapterId, long directionId, String chapterTitle, String blockTitle, String author,
                           boolean byReviewer, String assignee, String body) {
}

package fr.recueil.chapter;

/** An image as stored: its type, size in pixels and bytes. */
public record StoredImage(long id, long chapterId, String mediaType, String fileName, int width, int height, byte[] data) {
}

package fr.recueil.importing;

/** A picture of the document, stored only when the import runs (never at analysis). */
public record PendingImage(byte[] bytes, String fileName) {
}

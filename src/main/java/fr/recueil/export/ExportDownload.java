package fr.recueil.export;

/** An archived export's file, ready to send. */
public record ExportDownload(String fileName, String mediaType, byte[] data) {
}

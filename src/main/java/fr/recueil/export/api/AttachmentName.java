package fr.recueil.export.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download: a plain ASCII {@code filename} every client reads,
 * plus the exact name as RFC 5987 {@code filename*} when it has other characters (« rapport-été »).
 */
final class AttachmentName {

    private AttachmentName() {
    }

    static String of(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\\", "_").replace("\"", "_");
        if (ascii.equals(fileName)) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

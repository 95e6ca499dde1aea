package fr.recueil.assembly.document;

/** An image's bytes (PNG or JPEG, checked when it was uploaded) and its size in pixels. */
public record Picture(byte[] data, String mediaType, int width, int height) {

    public boolean isPng() {
        return "image/png".equals(mediaType);
    }
}

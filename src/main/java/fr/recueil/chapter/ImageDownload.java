package fr.recueil.chapter;

import com.vaadin.flow.server.streams.DownloadHandler;

/** A stored chapter image sent to the browser; the service checks, on each request, that the user may see it. */
public final class ImageDownload {

    private ImageDownload() {
    }

    public static DownloadHandler of(ChapterService chapters, long imageId) {
        return event -> {
            StoredImage image = chapters.image(imageId);
            event.setContentType(image.mediaType());
            event.setContentLength(image.data().length);
            event.inline(image.fileName() == null ? "image" : image.fileName());
            event.getOutputStream().write(image.data());
        };
    }
}

package fr.recueil.chapter.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import fr.recueil.chapter.ImageDownload;
import fr.recueil.chapter.ChapterService;

/**
 * What every block editor of one chapter shares: the service (for images), the chapter, the
 * campaign year (for "par rapport à 2023"), whether the form is read-only, and whom to tell when
 * the user changes something.
 */
final class EditorContext {

    private final ChapterService chapters;
    private final long chapterId;
    private final int campaignYear;
    private final boolean readOnly;
    private final Runnable onChange;

    EditorContext(ChapterService chapters, long chapterId, int campaignYear, boolean readOnly, Runnable onChange) {
        this.chapters = chapters;
        this.chapterId = chapterId;
        this.campaignYear = campaignYear;
        this.readOnly = readOnly;
        this.onChange = onChange;
    }

    ChapterService chapters() {
        return chapters;
    }

    long chapterId() {
        return chapterId;
    }

    int campaignYear() {
        return campaignYear;
    }

    int previousYear() {
        return campaignYear - 1;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** The user changed something: the view updates its unsaved state and the completeness list. */
    void changed() {
        onChange.run();
    }

    /** Serves a stored image to the browser; the service checks, on each request, that the user may see it. */
    DownloadHandler image(long imageId) {
        return ImageDownload.of(chapters, imageId);
    }
}

package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One of the year's major achievements: a title, a rich-text body, optionally an image. */
public record Achievement(String title, String body, Long imageId, String caption, String alt) {

    public Achievement {
        title = Texts.orEmpty(title).strip();
        body = Texts.orEmpty(body);
        caption = Texts.blank(caption) ? null : caption.strip();
        alt = Texts.blank(alt) ? null : alt.strip();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return title.isEmpty() && Texts.blank(body) && imageId == null;
    }

    public Achievement withImage(Long newImageId, String newCaption, String newAlt) {
        return new Achievement(title, body, newImageId, newCaption, newAlt);
    }
}

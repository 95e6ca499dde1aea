package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/** A dated event of "l'année en dates". */
public record TimelineEvent(LocalDate date, String text) {

    public TimelineEvent {
        text = Texts.orEmpty(text).strip();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return date == null && text.isEmpty();
    }
}

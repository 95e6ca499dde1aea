package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** Key figures under an optional sub-heading ("L'activité des EDS"). */
public record FigureGroup(String heading, List<KeyFigure> figures) {

    public FigureGroup {
        heading = Texts.blank(heading) ? null : heading.strip();
        figures = Texts.copy(figures);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return figures.stream().allMatch(KeyFigure::isEmpty);
    }
}

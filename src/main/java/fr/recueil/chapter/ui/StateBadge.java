package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.recueil.chapter.ChapterState;

/** A chapter's state as a coloured label: grey draft, blue on its way, amber in review, red sent back, green approved. */
public final class StateBadge {

    private StateBadge() {
    }

    public static Span of(Component source, ChapterState state) {
        Span badge = new Span(source.getTranslation(state.labelKey()));
        badge.addClassNames("recueil-badge", switch (state) {
            case DRAFT -> "neutral";
            case DIRECTOR_VALIDATION, SUBMITTED -> "info";
            case IN_REVIEW -> "warning";
            case CHANGES_REQUESTED -> "error";
            case APPROVED -> "success";
        });
        badge.getElement().setAttribute("data-state", state.name());
        return badge;
    }
}

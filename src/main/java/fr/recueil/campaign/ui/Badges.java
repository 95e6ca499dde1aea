package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.Countdown;

/** The coloured labels of the campaign pages: a campaign's status, and how close a deadline is. */
final class Badges {

    private Badges() {
    }

    static Span status(Component source, CampaignStatus status) {
        Span badge = new Span(source.getTranslation(status.labelKey()));
        badge.addClassNames("recueil-badge", switch (status) {
            case PREPARATION -> "info";
            case OPEN -> "success";
            case CLOSED -> "neutral";
            case PUBLISHED -> "contrast";
        });
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** "Dans 5 jours" in amber, "En retard de 2 jours" in red, "Dans 40 jours" in green. */
    static Span countdown(Component source, Countdown countdown) {
        long days = countdown.daysLeft();
        Span badge = new Span(days < 0
                ? source.getTranslation("dashboard.countdown.overdue", -days)
                : source.getTranslation("dashboard.countdown.future", days));
        badge.addClassNames("recueil-badge", urgencyClass(countdown));
        badge.getElement().setAttribute("data-urgency", countdown.urgency().name());
        return badge;
    }

    static String urgencyClass(Countdown countdown) {
        return switch (countdown.urgency()) {
            case OVERDUE -> "error";
            case DUE_SOON -> "warning";
            case ON_TRACK -> "success";
        };
    }
}

package fr.recueil.campaign;

import fr.recueil.base.Translatable;

import java.util.Set;

/** Where a yearly collection stands. */
public enum CampaignStatus implements Translatable {
    PREPARATION,
    OPEN,
    CLOSED,
    PUBLISHED;

    /** The statuses a campaign may move to from this one. */
    Set<CampaignStatus> next() {
        return switch (this) {
            case PREPARATION -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of(OPEN, PUBLISHED);
            case PUBLISHED -> Set.of(CLOSED);
        };
    }

    @Override
    public String labelKey() {
        return "campaign.status." + name();
    }
}

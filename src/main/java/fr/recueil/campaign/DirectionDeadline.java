package fr.recueil.campaign;

import java.time.LocalDate;

/**
 * The deadline of one direction that writes in a campaign: its own when the administrator gave it
 * one ({@code ownDeadline}, else null), the campaign's otherwise.
 */
public record DirectionDeadline(long directionId, String name, String shortName, Long poleId, String poleName,
                                Countdown deadline, LocalDate ownDeadline) {

    public boolean hasOwnDeadline() {
        return ownDeadline != null;
    }
}

package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translatable;
import fr.recueil.base.Unicode;

import java.time.LocalDate;

final class CampaignRules {

    static final int TITLE_MAX = 200;
    static final int LATEST_YEARS_AFTER = 10;

    private CampaignRules() {
    }

    static String title(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("error.campaign.titleRequired");
        }
        if (trimmed.length() > TITLE_MAX) {
            throw new BusinessException("error.campaign.titleTooLong", TITLE_MAX, trimmed.length());
        }
        Unicode.requireWellFormed((Translatable) () -> "field.title", trimmed);
        return trimmed;
    }

    static String partTitle(String value) {
        String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new BusinessException("error.part.titleRequired");
        }
        if (trimmed.length() > TITLE_MAX) {
            throw new BusinessException("error.part.titleTooLong", TITLE_MAX, trimmed.length());
        }
        return trimmed;
    }

    /** A report on year N is written during or after year N: a deadline before N is a typo. */
    static LocalDate deadline(LocalDate value, int year) {
        if (value == null) {
            throw new BusinessException("error.campaign.deadlineRequired");
        }
        if (value.getYear() < year) {
            throw new BusinessException("error.campaign.deadlineBeforeYear", year);
        }
        // A guard against typos (2205 for 2025), wide enough for a demo or a late campaign.
        if (value.getYear() > year + LATEST_YEARS_AFTER) {
            throw new BusinessException("error.campaign.deadlineTooLate", year + LATEST_YEARS_AFTER);
        }
        return value;
    }
}

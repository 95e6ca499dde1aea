package fr.recueil.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A deadline seen from today: how many days are left (negative once it has passed) and how urgent
 * it is. Red when overdue, amber when due within {@link #SOON_DAYS} days, green otherwise.
 */
public record Countdown(LocalDate deadline, long daysLeft) {

    public static final int SOON_DAYS = 7;

    public static Countdown of(LocalDate deadline, LocalDate today) {
        return new Countdown(deadline, ChronoUnit.DAYS.between(today, deadline));
    }

    public Urgency urgency() {
        return urgency(daysLeft);
    }

    /** The urgency of a deadline {@code daysLeft} days away: the one place its thresholds are decided. */
    public static Urgency urgency(long daysLeft) {
        if (daysLeft < 0) {
            return Urgency.OVERDUE;
        }
        return daysLeft <= SOON_DAYS ? Urgency.DUE_SOON : Urgency.ON_TRACK;
    }

    public enum Urgency {
        OVERDUE,
        DUE_SOON,
        ON_TRACK
    }
}

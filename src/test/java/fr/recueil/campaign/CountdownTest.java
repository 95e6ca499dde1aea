package fr.recueil.campaign;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void a_deadline_passed_is_overdue() {
        Countdown countdown = Countdown.of(TODAY.minusDays(1), TODAY);

        assertThat(countdown.daysLeft()).isEqualTo(-1);
        assertThat(countdown.urgency()).isEqualTo(Countdown.Urgency.OVERDUE);
    }

    @Test
    void a_deadline_today_or_within_seven_days_is_due_soon() {
        assertThat(Countdown.of(TODAY, TODAY).urgency()).isEqualTo(Countdown.Urgency.DUE_SOON);
        assertThat(Countdown.of(TODAY.plusDays(7), TODAY).urgency()).isEqualTo(Countdown.Urgency.DUE_SOON);
    }

    @Test
    void a_deadline_further_away_is_on_track() {
        assertThat(Countdown.of(TODAY.plusDays(8), TODAY).urgency()).isEqualTo(Countdown.Urgency.ON_TRACK);
    }
}

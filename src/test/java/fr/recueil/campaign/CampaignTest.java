package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign aggregate on its own, without a database. */
class CampaignTest {

    private static Campaign campaign() {
        return new Campaign(2031, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false, Instant.EPOCH);
    }

    @Test
    void a_new_campaign_is_in_preparation_and_may_only_be_opened() {
        Campaign campaign = campaign();

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PREPARATION);
        assertThat(campaign.nextStatuses()).containsExactly(CampaignStatus.OPEN);
    }

    @Test
    void a_closed_campaign_may_be_reopened_or_published_and_a_published_one_unpublished() {
        Campaign campaign = campaign();
        campaign.moveTo(CampaignStatus.OPEN);
        campaign.moveTo(CampaignStatus.CLOSED);

        assertThat(campaign.nextStatuses()).containsExactlyInAnyOrder(CampaignStatus.OPEN, CampaignStatus.PUBLISHED);
        campaign.moveTo(CampaignStatus.PUBLISHED);
        assertThat(campaign.isFrozen()).isTrue();
        assertThat(campaign.nextStatuses()).containsExactly(CampaignStatus.CLOSED);
    }

    @Test
    void the_deadline_of_a_direction_is_its_own_when_it_has_one() {
        Campaign campaign = campaign();
        campaign.overrideDeadline(7, LocalDate.of(2032, 2, 1));

        assertThat(campaign.deadlineFor(7)).isEqualTo(LocalDate.of(2032, 2, 1));
        assertThat(campaign.deadlineFor(8)).isEqualTo(LocalDate.of(2032, 3, 31));
    }

    @Test
    void a_year_out_of_range_or_a_deadline_too_late_is_refused() {
        assertThatThrownBy(() -> new Campaign(1999, "Rapport", LocalDate.of(2000, 3, 31), false, Instant.EPOCH))
                .isInstanceOf(BusinessException.class)
                .hasMessage("L'année doit être comprise entre 2000 et 2100.");
        assertThatThrownBy(() -> new Campaign(2031, "Rapport", LocalDate.of(2042, 1, 1), false, Instant.EPOCH))
                .hasMessage("La date limite doit tomber au plus tard en 2041.");
    }

    @Test
    void the_first_annex_number_must_be_between_1_and_999() {
        Campaign campaign = campaign();

        assertThatThrownBy(() -> campaign.configure("Rapport", LocalDate.of(2032, 3, 31), false, 0))
                .hasMessage("Le numéro de la première annexe doit être compris entre 1 et 999.");
        assertThat(campaign.getFirstAnnexNumber()).isEqualTo(1);
    }
}

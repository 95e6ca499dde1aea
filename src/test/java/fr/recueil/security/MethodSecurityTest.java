package fr.recueil.security;

import fr.recueil.campaign.CampaignService;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services refuse what a role may not do, whatever the UI shows. */
@SpringBootTest
class MethodSecurityTest {

    @Autowired
    private OrganisationService organisation;
    @Autowired
    private UserService users;
    @Autowired
    private CampaignService campaigns;

    @Test
    void nobody_reads_the_organisation_without_logging_in() {
        assertThatThrownBy(() -> organisation.directions())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("contributeur.dasipe")
    void a_contributor_reads_the_organisation_but_cannot_change_it() {
        assertThat(organisation.directions()).hasSize(29);
        assertThatThrownBy(() -> organisation.createPole("Pôle pirate")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.deleteDirection(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("contributeur.dasipe")
    void a_contributor_cannot_list_or_manage_users() {
        assertThatThrownBy(() -> users.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("relecteur.demo")
    void a_reviewer_cannot_create_a_campaign() {
        assertThatThrownBy(() -> campaigns.create(2040, "Rapport d'activité 2040", LocalDate.of(2041, 3, 31), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("communication")
    void the_communication_team_cannot_open_or_close_a_campaign() {
        long id = campaigns.currentCampaign().orElseThrow().getId();
        assertThatThrownBy(() -> campaigns.changeStatus(id, fr.recueil.campaign.CampaignStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package fr.recueil.demo;

import fr.recueil.campaign.CampaignService;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** Demo data never reaches a production database unless asked for. */
class DemoModeTest {

    private final OrganisationService organisation = mock(OrganisationService.class);

    @Test
    void with_an_external_database_the_default_mode_loads_nothing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/recueil")
                .withProperty("recueil.demo.enabled", "auto");

        demoData(environment).run(null);

        verifyNoInteractions(organisation);
    }

    @Test
    void demo_data_can_be_switched_off_even_on_the_embedded_database() {
        MockEnvironment environment = new MockEnvironment().withProperty("recueil.demo.enabled", "false");

        demoData(environment).run(null);

        verifyNoInteractions(organisation);
    }

    @Test
    void the_demo_password_is_long_enough_for_the_password_rules() {
        assertThat(DemoData.PASSWORD).hasSizeGreaterThanOrEqualTo(10);
    }

    private DemoData demoData(MockEnvironment environment) {
        return new DemoData(organisation, mock(CampaignService.class), mock(UserService.class),
                mock(fr.recueil.chapter.ChapterService.class), mock(fr.recueil.assembly.FrontMatterService.class), environment,
                Clock.systemDefaultZone());
    }
}

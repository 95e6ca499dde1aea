package fr.recueil.demo;

import fr.recueil.assembly.FrontMatterService;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithUserDetails("admin")
class DemoDataTest {

    @Autowired
    private OrganisationService organisation;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private UserService users;
    @Autowired
    private fr.recueil.chapter.ChapterService chapters;
    @Autowired
    private FrontMatterService frontMatters;

    @Test
    void the_demo_organisation_is_the_one_of_the_2023_report() {
        assertThat(organisation.poles()).extracting("name").startsWith("Pôle solidarités",
                "Pôle petite enfance, éducation et relations à la population");
        assertThat(organisation.poles()).hasSize(6);
        assertThat(organisation.directions()).hasSize(29);
        assertThat(organisation.directions().stream().filter(d -> d.getPole() == null)).extracting("acronym")
                .containsExactly("DIRCOM", "SCI", "DRH");
        assertThat(organisation.transversalEntries()).extracting("label")
                .containsExactly("Exécution budgétaire {année}", "Ressources humaines de la collectivité");
    }

    @Test
    void the_demo_campaign_2024_is_open_with_the_report_annex_numbers() {
        var campaign = campaigns.campaignOfYear(2024).orElseThrow();

        assertThat(campaign.getTitle()).isEqualTo("Rapport d'activité 2024");
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.OPEN);
        var outline = campaign.getOutline();
        assertThat(outline).hasSize(31);
        assertThat(outline.get(0).getTitle()).isEqualTo("Exécution budgétaire 2024");
        assertThat(campaign.annexNumberOf(outline.get(0))).isEqualTo(2);
        assertThat(campaign.annexNumberOf(outline.get(2))).isEqualTo(4);
        assertThat(outline.get(2).getTitle()).isEqualTo("Direction de l'action sociale, de l'insertion et des parcours vers l'emploi");
        assertThat(campaign.annexNumberOf(outline.get(30))).isEqualTo(32);
        assertThat(outline.get(30).getTitle()).isEqualTo("Ressources humaines");
    }

    @Test
    void the_2023_report_is_a_published_campaign_whose_chapters_of_the_extract_are_approved() {
        var campaign = campaigns.campaignOfYear(2023).orElseThrow();
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PUBLISHED);

        var approved = chapters.chaptersOf(campaign.getId()).stream()
                .filter(c -> c.state() == fr.recueil.chapter.ChapterState.APPROVED).toList();
        assertThat(approved).hasSize(11);
        // its outline holds the chapters of the extract, and only them: the final report can be had
        assertThat(campaign.getOutline()).hasSize(11);
        assertThat(chapters.chaptersOf(campaign.getId())).hasSize(11);
        assertThat(approved).extracting(fr.recueil.chapter.ChapterSummary::annexNumber)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void there_is_a_demo_user_for_every_role() {
        assertThat(users.users().stream().flatMap(u -> u.getRoles().stream()).distinct())
                .containsExactlyInAnyOrder(Role.values());
        var multi = users.findForAuthentication("contributeur.multi").orElseThrow();
        assertThat(multi.getDirectionIds()).hasSize(2);
    }

    @Test
    void the_2023_and_2024_reports_have_a_cover_with_the_authority_and_a_logo_and_2023_has_an_editorial() {
        var published = frontMatters.frontMatter(campaigns.campaignOfYear(2023).orElseThrow().getId());
        var open = frontMatters.frontMatter(campaigns.campaignOfYear(2024).orElseThrow().getId());

        assertThat(published.getCoverTitle()).isEqualTo("Rapport d'activité 2023");
        assertThat(open.getCoverTitle()).isEqualTo("Rapport d'activité 2024");
        for (var cover : java.util.List.of(published, open)) {
            assertThat(cover.getCoverSubtitle()).isEqualTo("des services départementaux");
            assertThat(cover.getAuthorityName()).isEqualTo("Département du Val-de-Marne");
            assertThat(cover.hasLogo()).isTrue();
            assertThat(cover.getLogoMediaType()).isEqualTo("image/png");
            assertThat(cover.getLogoWidth()).isEqualTo(cover.getLogoHeight()).isPositive();
        }
        assertThat(published.getEditorialTitle()).isEqualTo("Éditorial");
        assertThat(published.getEditorialBody().split("\n\n")).hasSize(3);
        assertThat(open.getEditorialBody()).isNull();
    }
}

package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's parts: made from the pôles, then retitled, reordered and refilled by DIRCOM. */
@SpringBootTest
@WithUserDetails("admin")
class ReportPartsTest {

    static final int YEAR = 2041;

    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    long campaignId;

    @BeforeEach
    void createCampaign() {
        campaignId = SystemActor.call(() -> campaigns.create(YEAR, "Rapport d'activité 2041", LocalDate.of(2042, 3, 31), false)
                .getId());
    }

    @AfterEach
    void deleteCampaign() {
        jdbc.sql("delete from campaign where year = " + YEAR).update();
    }

    private CampaignOverview overview() {
        return SystemActor.call(() -> campaigns.overview(campaignId));
    }

    private OutlinePart part(String title) {
        return overview().parts().stream().filter(p -> title.equals(p.title())).findFirst().orElseThrow();
    }

    @Test
    void a_new_campaign_has_one_part_per_pole_and_one_for_the_directions_outside_any_pole() {
        List<OutlinePart> parts = overview().parts();

        assertThat(parts.getFirst().transversal()).isTrue();
        assertThat(parts.subList(1, parts.size())).extracting(OutlinePart::title).containsExactly(
                "Pôle solidarités", "Pôle petite enfance, éducation et relations à la population",
                "Pôle culture et rayonnement", "Pôle Environnement et cohésion territoriale",
                "Pôle énergies, patrimoine et déplacements", "Pôle ressources",
                "Directions rattachées à la direction générale");
        assertThat(part("Pôle solidarités").chapters()).hasSize(5);
    }

    @Test
    @WithUserDetails("communication")
    void communication_renames_a_part_freely_and_the_chapters_stay_in_it() {
        OutlinePart solidarity = part("Pôle solidarités");

        campaigns.renamePart(campaignId, solidarity.partId(), "  I.   Protéger les plus fragiles ");

        assertThat(part("I. Protéger les plus fragiles").chapters()).hasSize(5);
    }

    @Test
    @WithUserDetails("communication")
    void a_new_part_receives_chapters_from_others_and_the_annex_numbers_follow_the_new_order() {
        OutlinePart culture = part("Pôle culture et rayonnement");
        ChapterLine moved = culture.chapters().getLast();

        campaigns.addPart(campaignId, "II. Gérer l'urgence");
        long urgency = part("II. Gérer l'urgence").partId();
        campaigns.moveEntryToPart(campaignId, moved.entryId(), urgency);
        campaigns.movePart(campaignId, urgency, 0);

        List<OutlinePart> parts = overview().parts();
        assertThat(parts.get(1).title()).isEqualTo("II. Gérer l'urgence");
        assertThat(parts.get(1).chapters()).extracting(ChapterLine::entryId).containsExactly(moved.entryId());
        int transversalCount = parts.getFirst().chapters().size();
        assertThat(parts.get(1).chapters().getFirst().annexNumber()).isEqualTo(1 + transversalCount);
        assertThat(part("Pôle culture et rayonnement").chapters()).hasSize(culture.chapters().size() - 1);
        List<Integer> annexes = overview().chapters().stream().map(ChapterLine::annexNumber).toList();
        assertThat(annexes).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_part_that_still_holds_chapters_cannot_be_deleted_an_empty_one_can() {
        OutlinePart solidarity = part("Pôle solidarités");

        assertThatThrownBy(() -> campaigns.removePart(campaignId, solidarity.partId()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("La partie « Pôle solidarités » contient encore 5 chapitre(s) : "
                        + "déplacez-les vers une autre partie avant de la supprimer.");

        campaigns.addPart(campaignId, "Focus");
        campaigns.removePart(campaignId, part("Focus").partId());
        assertThat(overview().parts()).extracting(OutlinePart::title).doesNotContain("Focus");
    }

    @Test
    void a_chapter_moves_only_within_its_part_and_a_transversal_chapter_in_none() {
        CampaignOverview overview = overview();
        ChapterLine lastOfSolidarity = part("Pôle solidarités").chapters().getLast();
        ChapterLine transversal = overview.parts().getFirst().chapters().getFirst();

        assertThatThrownBy(() -> campaigns.moveOutlineEntry(campaignId, lastOfSolidarity.entryId(),
                lastOfSolidarity.position() + 1))
                .hasMessageStartingWith("Un chapitre ne change de place qu'au sein de sa partie.");
        assertThatThrownBy(() -> campaigns.moveEntryToPart(campaignId, transversal.entryId(),
                part("Pôle ressources").partId()))
                .hasMessageStartingWith("Les chapitres transversaux précèdent les parties");
    }

    @Test
    void blank_or_overlong_part_titles_are_refused_and_nothing_changes() {
        long partId = part("Pôle ressources").partId();

        assertThatThrownBy(() -> campaigns.renamePart(campaignId, partId, "   "))
                .hasMessage("Le titre de la partie est obligatoire.");
        assertThatThrownBy(() -> campaigns.addPart(campaignId, "x".repeat(201)))
                .hasMessage("Le titre de la partie ne doit pas dépasser 200 caractères (il en compte 201).");
        assertThat(part("Pôle ressources").partId()).isEqualTo(partId);
        assertThat(overview().parts()).hasSize(8);
    }

    @Test
    @WithUserDetails("relecteur.demo")
    void a_reviewer_cannot_change_the_parts() {
        assertThatThrownBy(() -> campaigns.addPart(campaignId, "Partie"))
                .isInstanceOf(AccessDeniedException.class);
    }
}

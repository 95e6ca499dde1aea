package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.organisation.TransversalEntry;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaigns against the real (embedded) database with the demo data. Each test's own campaigns use
 * years from 2031 on and are deleted afterwards; the demo campaign 2024 is left as it was.
 */
@SpringBootTest
@WithUserDetails("admin")
class CampaignServiceTest {

    static final int YEAR = 2031;

    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApprovedReports reports;

    @AfterEach
    void deleteTestCampaigns() {
        jdbc.sql("delete from campaign where year >= 2031").update();
    }

    @Test
    void create_builds_the_outline_with_transversal_chapters_first_then_the_poles_in_order_then_stand_alone_directions() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);

        List<OutlineEntry> outline = campaigns.campaign(campaign.getId()).orElseThrow().getOutline();
        long activeTransversal = organisation.transversalEntries().stream().filter(TransversalEntry::isActive).count();
        assertThat(outline.subList(0, (int) activeTransversal)).allMatch(e -> e.getKind() == OutlineEntryKind.TRANSVERSAL);
        assertThat(outline.getFirst().getTitle()).isEqualTo("Exécution budgétaire 2031");

        List<OutlineEntry> directions = outline.subList((int) activeTransversal, outline.size());
        assertThat(directions).allMatch(e -> e.getKind() == OutlineEntryKind.DIRECTION);
        Map<Long, Integer> polePosition = organisation.poles().stream().collect(Collectors.toMap(Pole::getId, Pole::getPosition));
        List<Integer> poleOrder = directions.stream()
                .map(e -> e.getPoleId() == null ? Integer.MAX_VALUE : polePosition.get(e.getPoleId())).toList();
        assertThat(poleOrder).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(directions.getLast().getPoleId()).as("stand-alone entries come last").isNull();
        assertThat(directions).hasSize((int) organisation.directions().stream().filter(Direction::isActive).count());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PREPARATION);
    }

    @Test
    void an_inactive_direction_is_left_out_of_a_new_outline() {
        Direction daei = direction("DAEI");
        organisation.setDirectionActive(daei.getId(), false);
        try {
            Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);

            assertThat(campaign.getOutline()).extracting(OutlineEntry::getDirectionId).doesNotContain(daei.getId());
        } finally {
            organisation.setDirectionActive(daei.getId(), true);
        }
    }

    @Test
    void annex_numbers_follow_the_outline_from_the_first_annex_number() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        campaign = campaigns.configure(campaign.getId(), campaign.getTitle(), campaign.getDeadline(), false, 5,
                campaign.getVersion());

        List<ChapterLine> chapters = campaigns.overview(campaign.getId()).chapters();
        assertThat(chapters.get(0).annexNumber()).isEqualTo(5);
        assertThat(chapters.get(2).annexNumber()).isEqualTo(7);
        assertThat(campaign.annexNumberOf(campaign.getOutline().get(2))).isEqualTo(7);
    }

    @Test
    void moving_an_outline_entry_renumbers_the_annexes() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        List<ChapterLine> before = campaigns.overview(campaign.getId()).chapters();
        ChapterLine dasipe = before.stream().filter(c -> c.directionShortName().equals("DASIPE")).findFirst().orElseThrow();
        ChapterLine next = before.get(dasipe.position() + 1);

        campaigns.moveOutlineEntry(campaign.getId(), dasipe.entryId(), dasipe.position() + 1);

        List<ChapterLine> after = campaigns.overview(campaign.getId()).chapters();
        assertThat(annexOf(after, dasipe.entryId())).isEqualTo(dasipe.annexNumber() + 1);
        assertThat(annexOf(after, next.entryId())).isEqualTo(dasipe.annexNumber());
    }

    @Test
    void a_direction_may_get_its_own_deadline_and_go_back_to_the_campaigns() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        long dasipe = direction("DASIPE").getId();

        campaigns.overrideDeadline(campaign.getId(), dasipe, LocalDate.of(2032, 2, 15));
        Campaign stored = campaigns.campaign(campaign.getId()).orElseThrow();
        assertThat(stored.deadlineFor(dasipe)).isEqualTo(LocalDate.of(2032, 2, 15));
        DirectionDeadline shown = campaigns.overview(campaign.getId()).directions().stream()
                .filter(d -> d.directionId() == dasipe).findFirst().orElseThrow();
        assertThat(shown.ownDeadline()).isEqualTo(LocalDate.of(2032, 2, 15));
        assertThat(shown.poleName()).isEqualTo("Pôle solidarités");

        campaigns.overrideDeadline(campaign.getId(), dasipe, null);
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().deadlineFor(dasipe)).isEqualTo(LocalDate.of(2032, 3, 31));
    }

    @Test
    void an_own_deadline_before_the_campaigns_year_is_refused_and_nothing_is_stored() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        long dasipe = direction("DASIPE").getId();

        assertThatThrownBy(() -> campaigns.overrideDeadline(campaign.getId(), dasipe, LocalDate.of(2030, 12, 1)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("La date limite ne peut pas précéder l'année de la campagne (2031).");
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getDeadlineOverrides()).isEmpty();
    }

    @Test
    void the_status_moves_along_the_allowed_transitions() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        long id = campaign.getId();

        assertThat(campaigns.changeStatus(id, CampaignStatus.OPEN).getStatus()).isEqualTo(CampaignStatus.OPEN);
        assertThat(campaigns.changeStatus(id, CampaignStatus.CLOSED).getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(campaigns.changeStatus(id, CampaignStatus.OPEN).getStatus()).isEqualTo(CampaignStatus.OPEN);
        assertThat(campaigns.changeStatus(id, CampaignStatus.CLOSED).getStatus()).isEqualTo(CampaignStatus.CLOSED);
        withdrawEveryChapter(id);
        assertThat(campaigns.changeStatus(id, CampaignStatus.PUBLISHED).getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(campaigns.changeStatus(id, CampaignStatus.CLOSED).getStatus()).isEqualTo(CampaignStatus.CLOSED);
    }

    @Test
    void a_campaign_is_published_only_when_every_chapter_of_its_outline_is_approved_or_removed_with_a_reason() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        long id = campaign.getId();
        campaigns.changeStatus(id, CampaignStatus.OPEN);
        campaigns.changeStatus(id, CampaignStatus.CLOSED);
        int size = campaigns.campaign(id).orElseThrow().getOutline().size();

        assertThatThrownBy(() -> campaigns.changeStatus(id, CampaignStatus.PUBLISHED))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("La campagne ne peut pas être publiée : " + size + " des " + size + " chapitres du sommaire ne sont pas validés.");
        assertThat(campaigns.campaign(id).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);

        long first = campaigns.campaign(id).orElseThrow().getOutline().getFirst().getId();
        assertThatThrownBy(() -> campaigns.removeFromOutline(id, first, "  "))
                .isInstanceOf(BusinessException.class).hasMessage("Indiquez pourquoi ce chapitre est retiré du sommaire.");
        assertThat(campaigns.campaign(id).orElseThrow().getOutline()).hasSize(size);

        long auditedBefore = removalsAudited();
        withdrawEveryChapter(id);
        assertThat(campaigns.campaign(id).orElseThrow().getOutline()).isEmpty();
        assertThat(jdbc.sql("select count(*) from chapter where campaign_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(removalsAudited() - auditedBefore).isEqualTo(size);
        assertThat(campaigns.changeStatus(id, CampaignStatus.PUBLISHED).getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
    }

    @Test
    void a_chapter_holding_content_is_never_removed_from_the_outline() {
        Campaign campaign = reports.complete(YEAR + 1, 30);
        long approved = campaign.getOutline().getFirst().getId();
        String title = campaign.getOutline().getFirst().getTitle();

        assertThatThrownBy(() -> campaigns.removeFromOutline(campaign.getId(), approved, "plus de chapitre"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Le chapitre « " + title + " » contient déjà du texte : il ne peut pas être retiré du sommaire.");
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getOutline()).hasSize(31);
    }

    @Test
    void a_transition_that_is_not_allowed_is_refused_in_french_and_the_status_stays() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);

        assertThatThrownBy(() -> campaigns.changeStatus(campaign.getId(), CampaignStatus.PUBLISHED))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Une campagne « En préparation » ne peut pas passer à l'état « Publiée ».");
        assertThatThrownBy(() -> campaigns.changeStatus(campaign.getId(), CampaignStatus.CLOSED))
                .isInstanceOf(BusinessException.class);
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PREPARATION);
    }

    @Test
    void a_published_campaign_is_frozen_and_nothing_of_it_changes() {
        // every chapter approved: a campaign that can be published
        Campaign campaign = reports.complete(YEAR, 0);
        long id = campaign.getId();
        campaigns.changeStatus(id, CampaignStatus.CLOSED);
        Campaign published = campaigns.changeStatus(id, CampaignStatus.PUBLISHED);
        long dasipe = direction("DASIPE").getId();
        OutlineEntry first = published.getOutline().getFirst();
        String frozen = "La campagne 2031 est publiée : elle ne peut plus être modifiée.";

        assertThatThrownBy(() -> campaigns.configure(id, "Autre titre", LocalDate.of(2032, 4, 30), true, 3, published.getVersion()))
                .isInstanceOf(BusinessException.class).hasMessage(frozen);
        assertThatThrownBy(() -> campaigns.overrideDeadline(id, dasipe, LocalDate.of(2032, 1, 31)))
                .isInstanceOf(BusinessException.class).hasMessage(frozen);
        assertThatThrownBy(() -> campaigns.moveOutlineEntry(id, first.getId(), 1))
                .isInstanceOf(BusinessException.class).hasMessage(frozen);

        Campaign stored = campaigns.campaign(id).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Rapport d'activité 2031");
        assertThat(stored.getDeadline()).isEqualTo(LocalDate.of(2032, 3, 31));
        assertThat(stored.getFirstAnnexNumber()).isEqualTo(1);
        assertThat(stored.getDeadlineOverrides()).isEmpty();
        assertThat(stored.getOutline().getFirst().getId()).isEqualTo(first.getId());
        assertThat(campaigns.overview(id).frozen()).isTrue();
    }

    @Test
    void a_second_campaign_for_the_same_year_is_refused_and_nothing_is_stored() {
        campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        int before = campaigns.campaigns().size();

        assertThatThrownBy(() -> campaigns.create(YEAR, "Doublon", LocalDate.of(2032, 3, 31), false))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Une campagne existe déjà pour l'année 2031.");
        assertThatThrownBy(() -> campaigns.create(2024, "Doublon", LocalDate.of(2025, 3, 31), false))
                .hasMessage("Une campagne existe déjà pour l'année 2024.");
        assertThat(campaigns.campaigns()).hasSize(before);
        assertThat(campaigns.campaignOfYear(YEAR).orElseThrow().getTitle()).isEqualTo("Rapport d'activité 2031");
    }

    @Test
    void a_deadline_before_the_campaigns_year_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> campaigns.create(2032, "Rapport d'activité 2032", LocalDate.of(2031, 12, 31), false))
                .isInstanceOf(BusinessException.class)
                .hasMessage("La date limite ne peut pas précéder l'année de la campagne (2032).");
        assertThat(campaigns.campaignOfYear(2032)).isEmpty();
    }

    @Test
    void an_empty_or_overlong_title_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> campaigns.create(YEAR, "   ", LocalDate.of(2032, 3, 31), false))
                .hasMessage("Le titre de la campagne est obligatoire.");
        assertThatThrownBy(() -> campaigns.create(YEAR, "x".repeat(10_000), LocalDate.of(2032, 3, 31), false))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Le titre ne doit pas dépasser 200 caractères");
        assertThat(campaigns.campaignOfYear(YEAR)).isEmpty();
    }

    @Test
    void settings_saved_from_a_stale_version_are_refused_as_a_concurrent_change() {
        Campaign campaign = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        long loaded = campaign.getVersion();
        Campaign changed = campaigns.overrideDeadline(campaign.getId(), direction("DASIPE").getId(), LocalDate.of(2032, 1, 31));
        assertThat(changed.getVersion()).as("an own deadline changes the campaign's version").isEqualTo(loaded + 1);

        assertThatThrownBy(() -> campaigns.configure(campaign.getId(), "Autre titre", LocalDate.of(2032, 3, 31), false, 1, loaded))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Quelqu'un d'autre a modifié « Rapport d'activité 2031 »");
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getTitle()).isEqualTo("Rapport d'activité 2031");
    }

    @Test
    void the_dashboard_counts_chapters_by_pole_and_lists_the_directions_due_soon() {
        CampaignOverview current = campaigns.currentOverview().orElseThrow();

        assertThat(current.campaign().getYear()).isEqualTo(2024);
        assertThat(current.chapters().getFirst().annexNumber()).isEqualTo(2);
        assertThat(current.poleSummaries().getFirst().kind()).isEqualTo(OutlinePart.Kind.TRANSVERSAL);
        assertThat(current.poleSummaries().stream().mapToInt(PoleSummary::chapterCount).sum()).isEqualTo(current.chapters().size());
        PoleSummary solidarity = current.poleSummaries().stream()
                .filter(p -> "Pôle solidarités".equals(p.poleName())).findFirst().orElseThrow();
        assertThat(solidarity.chapterCount()).isEqualTo(5);
        assertThat(solidarity.earlierDeadlines()).extracting(DirectionDeadline::shortName).containsExactly("DASIPE");
        assertThat(current.urgentDirections()).extracting(DirectionDeadline::shortName).contains("DASIPE");
        assertThat(current.parts()).extracting(OutlinePart::transversal).startsWith(true, false);
        assertThat(current.parts()).extracting(OutlinePart::title).contains("Pôle solidarités")
                .endsWith("Directions rattachées à la direction générale");
    }

    @Test
    void the_report_is_the_open_campaigns_even_when_a_later_one_is_closed() {
        Campaign later = campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false);
        campaigns.changeStatus(later.getId(), CampaignStatus.OPEN);
        campaigns.changeStatus(later.getId(), CampaignStatus.CLOSED);

        assertThat(campaigns.reportOverview().orElseThrow().campaign().getYear()).isEqualTo(2024);
        assertThat(campaigns.currentOverview().orElseThrow().campaign().getYear()).isEqualTo(2024);
    }

    @Test
    @WithUserDetails("contributeur.multi")
    void a_contributor_sees_the_chapters_of_each_of_their_directions() {
        CampaignOverview mine = campaigns.myCurrentChapters().orElseThrow();

        assertThat(mine.chapters()).extracting(ChapterLine::directionShortName).containsExactlyInAnyOrder("DAPM", "DSI");
        assertThat(mine.directions()).hasSize(2);
    }

    @Test
    @WithUserDetails("contributeur.dasipe")
    void the_dasipe_contributor_sees_annex_4_with_its_own_deadline() {
        ChapterLine chapter = campaigns.myCurrentChapters().orElseThrow().chapters().getFirst();

        assertThat(chapter.annexNumber()).isEqualTo(4);
        assertThat(chapter.ownDeadline()).isTrue();
        assertThat(chapter.deadline().urgency()).isEqualTo(Countdown.Urgency.DUE_SOON);
    }

    @Test
    @WithUserDetails("contributeur.dasipe")
    void a_contributor_can_neither_create_nor_configure_a_campaign() {
        Campaign demo = campaigns.campaignOfYear(2024).orElseThrow();

        assertThatThrownBy(() -> campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.configure(demo.getId(), "Piraté", demo.getDeadline(), false, 1, demo.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.overrideDeadline(demo.getId(), direction("DASIPE").getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.moveOutlineEntry(demo.getId(), demo.getOutline().getFirst().getId(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.changeStatus(demo.getId(), CampaignStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.currentOverview()).isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.campaignOfYear(YEAR)).isEmpty();
        assertThat(campaigns.campaignOfYear(2024).orElseThrow().getTitle()).isEqualTo(demo.getTitle());
    }

    @Test
    @WithUserDetails("communication")
    void communication_can_reorder_the_outline_but_not_create_a_campaign() {
        Campaign demo = campaigns.campaignOfYear(2024).orElseThrow();
        OutlineEntry first = demo.getOutline().getFirst();

        campaigns.moveOutlineEntry(demo.getId(), first.getId(), 1);
        try {
            assertThat(campaigns.campaign(demo.getId()).orElseThrow().getOutline().get(1).getId()).isEqualTo(first.getId());
        } finally {
            campaigns.moveOutlineEntry(demo.getId(), first.getId(), 0);
        }
        assertThatThrownBy(() -> campaigns.create(YEAR, "Rapport d'activité 2031", LocalDate.of(2032, 3, 31), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.myCurrentChapters()).isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.reportOverview()).isPresent();
    }

    private Direction direction(String shortName) {
        return organisation.directions().stream().collect(Collectors.toMap(Direction::getShortName, Function.identity()))
                .get(shortName);
    }

    private static int annexOf(List<ChapterLine> chapters, long entryId) {
        return chapters.stream().filter(c -> c.entryId() == entryId).findFirst().orElseThrow().annexNumber();
    }

    private long removalsAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'OUTLINE_ENTRY_REMOVED' and detail like ?")
                .param("%: direction fusionnée").query(Long.class).single();
    }

    /** Every (empty) chapter of the outline removed with a reason, as for a report nobody wrote. */
    private void withdrawEveryChapter(long id) {
        for (OutlineEntry entry : List.copyOf(campaigns.campaign(id).orElseThrow().getOutline())) {
            campaigns.removeFromOutline(id, entry.getId(), "direction fusionnée");
        }
    }
}

package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import against the real services and database; each test rolls back unless it says why not. */
@SpringBootTest
@WithUserDetails("communication")
class ReportImportServiceTest {

    private static final String FILE = "rapport-2023-extrait.docx";

    @Autowired
    private ReportImportService imports;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Actors actors;

    @Test
    @Transactional
    void imports_the_fixture_into_a_new_published_campaign_as_approved_chapters() {
        long notificationsBefore = notifications();
        ImportAnalysis analysis = imports.analyse(FILE, TestTargets.fixture(), 2019);

        FidelityReport report = imports.importReport(analysis, proposed(analysis));

        Campaign campaign = campaigns.campaignOfYear(2019).orElseThrow();
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
        List<ChapterSummary> imported = chapters.chaptersOf(campaign.getId()).stream()
                .filter(c -> c.state() == ChapterState.APPROVED).toList();
        assertThat(imported).hasSize(11);
        Chapter dsi = imported.stream().map(c -> chapters.chapter(c.id()))
                .filter(c -> c.getTitle().contains("systèmes d'information")).findFirst().orElseThrow();
        assertThat(dsi.getHistory().getLast().getReason()).isEqualTo("importé depuis " + FILE);
        assertThat(dsi.getContent().blocks()).filteredOn(KeyFiguresBlock.class::isInstance).singleElement()
                .satisfies(b -> assertThat(((KeyFiguresBlock) b).figureCount()).isEqualTo(8));
        assertThat(report.importedChapters()).isEqualTo(11);
        assertThat(report.percentPlaced()).isGreaterThanOrEqualTo(99.9);
        assertThat(report.faithful()).isTrue();
        assertThat(report.unplaced()).isEmpty();
        assertThat(report.recognised()).extracting(FidelityReport.Recognised::kind, FidelityReport.Recognised::firstText)
                .contains(org.assertj.core.groups.Tuple.tuple(SourceText.Kind.TITLE_PAGE, "RAPPORT D’ACTIVITÉ 2023 DES SERVICES DÉPARTEMENTAUX"));
        assertThat(notifications()).as("an import of a past year tells nobody").isEqualTo(notificationsBefore);
    }

    @Test
    @Transactional
    void next_years_campaign_takes_the_imported_figures_as_its_previous_values() {
        ImportAnalysis analysis = imports.analyse(FILE, TestTargets.fixture(), 2021);
        imports.importReport(analysis, proposed(analysis));
        long dsiChapter = actors.as("admin", () -> {
            Campaign next = campaigns.create(2022, "Rapport d'activité 2022", java.time.LocalDate.of(2023, 3, 31), false);
            campaigns.changeStatus(next.getId(), CampaignStatus.OPEN);
            return chapters.chaptersOf(next.getId()).stream().filter(c -> c.title().equals("Direction des systèmes d'information"))
                    .findFirst().orElseThrow().id();
        });

        Chapter prefilled = actors.as("contributeur.multi", () ->
                chapters.prefillFromPreviousYear(dsiChapter, chapters.chapter(dsiChapter).getVersion(), true));

        assertThat(prefilled.getContent().blocks()).filteredOn(KeyFiguresBlock.class::isInstance).singleElement()
                .satisfies(b -> assertThat(((KeyFiguresBlock) b).groups().getFirst().figures())
                        .extracting(f -> f.previousValue()).startsWith("1200", "180", "6 500"));
    }

    @Test
    @Transactional
    void an_ignored_chapter_is_not_written_and_its_text_is_listed_as_not_placed() {
        ImportAnalysis analysis = imports.analyse(FILE, TestTargets.fixture(), 2018);
        Map<Integer, ImportTarget> choices = proposed(analysis);
        choices.remove(0);

        FidelityReport report = imports.importReport(analysis, choices);

        assertThat(report.importedChapters()).isEqualTo(10);
        assertThat(report.unplaced()).anySatisfy(u -> {
            assertThat(u.reason()).isEqualTo(FidelityReport.Reason.CHAPTER_IGNORED);
            assertThat(u.chapterHeading()).startsWith("RESSOURCES HUMAINES");
        });
        assertThat(report.placedCharacters()).isLessThan(report.totalCharacters());
    }

    @Test
    @Transactional
    void two_sections_given_to_one_direction_are_merged_in_document_order() {
        ImportAnalysis analysis = imports.analyse(FILE, new TestDocx()
                .heading(1, "Direction des finances")
                .heading(2, "Missions de la direction").text("Piloter le budget.")
                .heading(1, "Le mot du directeur général").text("Une année riche.")
                .heading(1, "Le budget vert").text("Une première en 2016.")
                .styled("TOC1", "Le mot du directeur général\t2").bytes(), 2016);
        assertThat(analysis.chapters()).extracting(AnalysedChapter::heading)
                .containsExactly("Direction des finances", "Le mot du directeur général");
        ImportTarget finances = analysis.chapters().getFirst().proposed();

        FidelityReport report = imports.importReport(analysis, Map.of(0, finances, 1, finances));

        Campaign campaign = campaigns.campaignOfYear(2016).orElseThrow();
        Chapter chapter = chapters.chaptersOf(campaign.getId()).stream().filter(c -> c.title().equals("Direction des finances"))
                .map(c -> chapters.chapter(c.id())).findFirst().orElseThrow();
        assertThat(chapter.getContent().blocks()).extracting(b -> b.title()).containsSubsequence(
                "Missions de la direction", "Le mot du directeur général", "Le budget vert");
        assertThat(chapter.getContent().blocks()).filteredOn(b -> b.title().equals("Le mot du directeur général"))
                .singleElement().satisfies(b -> assertThat(((RichTextBlock) b).body()).isEqualTo("Une année riche."));
        assertThat(report.percentPlaced()).isEqualTo(100);
        assertThat(report.importedChapters()).isEqualTo(1);
    }

    @Test
    void nothing_is_written_when_one_chapter_cannot_be_imported() {
        ImportAnalysis analysis = imports.analyse(FILE, TestTargets.fixture(), 2020);
        Map<Integer, ImportTarget> choices = proposed(analysis);
        // The last chapter points at a direction the campaign's outline does not hold: the import fails late.
        choices.put(analysis.chapters().size() - 1, new ImportTarget(ImportTarget.Kind.DIRECTION, 999_999, "Disparue", null, "Disparue"));

        assertThatThrownBy(() -> imports.importReport(analysis, choices))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("error.import.notInOutline"));
        assertThat(campaigns.campaignOfYear(2020)).isEmpty();
    }

    @Test
    @Transactional
    void refuses_a_campaign_that_already_holds_content_and_writes_nothing() {
        Campaign published = campaigns.campaignOfYear(2023).orElseThrow();
        long approvedBefore = chapters.chaptersOf(published.getId()).stream().filter(c -> c.state() == ChapterState.APPROVED).count();
        ImportAnalysis analysis = imports.analyse(FILE, TestTargets.fixture(), 2023);
        assertThat(analysis.warnings()).extracting(ImportWarning::key).contains("import.warning.existingCampaign");

        assertThatThrownBy(() -> imports.importReport(analysis, proposed(analysis)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.campaignHasContent");
                    assertThat(e.getMessage()).contains("2023").contains("Choisissez une autre année");
                });
        assertThat(chapters.chaptersOf(published.getId()).stream().filter(c -> c.state() == ChapterState.APPROVED).count())
                .isEqualTo(approvedBefore);
    }

    @Test
    void refuses_a_file_larger_than_the_limit_and_states_the_limit() {
        InputStream twoHundredMegabytes = new InputStream() {
            private long left = 200L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> imports.analyse("rapport-enorme.docx", twoHundredMegabytes, 2021))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Le fichier « rapport-enorme.docx » dépasse la limite de 50 Mo.");
    }

    @Test
    void only_communication_and_administrators_may_import() {
        actors.as("contributeur.dasipe", () -> assertThatThrownBy(() -> imports.analyse(FILE, TestTargets.fixture(), 2021))
                .isInstanceOf(AuthorizationDeniedException.class));
        actors.as("relecteur.demo", () -> assertThatThrownBy(() -> imports.targets(2021))
                .isInstanceOf(AuthorizationDeniedException.class));
        actors.as("admin", () -> assertThat(imports.targets(2021)).hasSizeGreaterThan(29));
    }

    private static Map<Integer, ImportTarget> proposed(ImportAnalysis analysis) {
        Map<Integer, ImportTarget> choices = new HashMap<>();
        analysis.chapters().stream().filter(c -> Objects.nonNull(c.proposed()))
                .forEach(c -> choices.put(c.index(), c.proposed()));
        return choices;
    }

    private long notifications() {
        return jdbc.sql("select count(*) from notification").query(Long.class).single();
    }
}

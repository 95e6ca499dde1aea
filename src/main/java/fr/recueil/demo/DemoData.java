package fr.recueil.demo;

import fr.recueil.assembly.FrontMatterService;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo organisation, campaign and users on the first start of an empty database, in
 * demo mode only ({@code recueil.demo.enabled}: "auto" = with the embedded database).
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "recueil-demo";
    static final int CAMPAIGN_YEAR = 2024;
    static final String AUTHORITY = "Département du Val-de-Marne";
    /** A neutral editorial, signed by no one: the demo must not put words in a real person's mouth. */
    static final String EDITORIAL_2023 = """
            Ce rapport rend compte de l'activité des services départementaux au cours de l'année 2023. \
            Chaque direction y présente ses missions, ses moyens et les principales réalisations de l'année, \
            chiffres clés à l'appui.

            Il a été rédigé par les directions elles-mêmes, relu puis validé avant d'être assemblé. \
            Les chiffres qu'il contient sont ceux arrêtés à la fin de l'exercice ; \
            ils sont comparés, lorsque c'est possible, à ceux de l'année précédente.

            Nous espérons que ce document permettra à chacun, **agents, élus et habitants**, \
            de mieux connaître le service public départemental et celles et ceux qui le font vivre au quotidien.
            """;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisation;
    private final CampaignService campaigns;
    private final UserService users;
    private final ChapterService chapters;
    private final FrontMatterService frontMatters;
    private final Environment environment;
    private final Clock clock;

    DemoData(OrganisationService organisation, CampaignService campaigns, UserService users, ChapterService chapters,
             FrontMatterService frontMatters, Environment environment, Clock clock) {
        this.organisation = organisation;
        this.campaigns = campaigns;
        this.users = users;
        this.chapters = chapters;
        this.frontMatters = frontMatters;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        SystemActor.run(() -> {
            if (!organisation.poles().isEmpty() || !organisation.directions().isEmpty()) {
                return;
            }
            Map<String, Long> directions = loadOrganisation();
            int chapters = publishLastYearsReport(directions);
            openCampaign(directions);
            createUsers(directions);
            log.info("Demo data loaded: {} directions, campaign {} with {} approved chapters, campaign {} open, "
                    + "demo users (password '{}').", directions.size(), CAMPAIGN_YEAR - 1, chapters, CAMPAIGN_YEAR, PASSWORD);
        });
    }

    private boolean enabled() {
        String mode = environment.getProperty("recueil.demo.enabled", "auto").strip().toLowerCase();
        return switch (mode) {
            case "true" -> true;
            case "false" -> false;
            default -> !org.springframework.util.StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        };
    }

    private Map<String, Long> loadOrganisation() {
        OrganisationFile file = read();
        Map<String, Long> byKey = new HashMap<>();
        for (OrganisationFile.PoleEntry poleEntry : file.poles()) {
            Long poleId = null;
            if (poleEntry.name() != null) {
                Pole pole = organisation.createPole(poleEntry.name());
                poleId = pole.getId();
            }
            for (OrganisationFile.DirectionEntry entry : poleEntry.directions()) {
                Direction direction = organisation.createDirection(entry.name(), entry.acronym(), poleId);
                byKey.put(key(entry), direction.getId());
            }
        }
        organisation.createTransversalEntry("Exécution budgétaire {année}", byKey.get("Direction des finances"));
        organisation.createTransversalEntry("Ressources humaines de la collectivité", byKey.get("DRH"));
        return byKey;
    }

    private void openCampaign(Map<String, Long> directions) {
        LocalDate today = LocalDate.now(clock);
        // Dates relative to today, so the demo always shows a campaign in progress.
        LocalDate deadline = today.plusWeeks(6);
        Campaign campaign = campaigns.create(CAMPAIGN_YEAR, "Rapport d'activité " + CAMPAIGN_YEAR, deadline, false);
        // As in the published report: annexes 2 and 3 are the transversal chapters, directions start at 4.
        campaign = campaigns.configure(campaign.getId(), campaign.getTitle(), deadline, false, 2, campaign.getVersion());
        campaigns.overrideDeadline(campaign.getId(), directions.get("DASIPE"), today.plusDays(5));
        describeCover(campaign, null);
        campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
    }

    /**
     * The 2023 report of the extract, as a published campaign whose chapters are approved and
     * read-only: "Reprendre l'an dernier" then works on real content in 2024.
     */
    private int publishLastYearsReport(Map<String, Long> directions) {
        ReportFixture fixture = ReportFixture.load();
        int year = fixture.year();
        Campaign campaign = campaigns.create(year, "Rapport d'activité " + year, LocalDate.of(year + 1, 3, 31), false);
        campaign = campaigns.configure(campaign.getId(), campaign.getTitle(), campaign.getDeadline(), false, 2,
                campaign.getVersion());
        campaign = campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
        int loaded = 0;
        for (ReportFixture.DirectionChapter chapter : fixture.directionChapters()) {
            Long directionId = directions.get(chapter.key());
            OutlineEntry entry = campaign.getOutline().stream()
                    .filter(e -> e.getKind() == OutlineEntryKind.DIRECTION && e.getDirectionId().equals(directionId))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no outline entry for " + chapter.key()));
            load(entry, chapter.content());
            loaded++;
        }
        for (var transversal : fixture.transversalChapters().entrySet()) {
            OutlineEntry entry = campaign.getOutline().stream()
                    .filter(e -> e.getKind() == OutlineEntryKind.TRANSVERSAL && e.getTitle().startsWith("Ressources humaines"))
                    .findFirst().orElseThrow();
            load(entry, transversal.getValue());
            loaded++;
        }
        describeCover(campaign, EDITORIAL_2023);
        campaigns.changeStatus(campaign.getId(), CampaignStatus.CLOSED);
        campaigns.changeStatus(campaign.getId(), CampaignStatus.PUBLISHED);
        return loaded;
    }

    /** The cover as DIRCOM would have written it, with the demo logo (before a report is published and frozen). */
    private void describeCover(Campaign campaign, String editorial) {
        long version = frontMatters.changeLogo(campaign.getId(), "logo-val-de-marne.png", DemoLogo.png()).getVersion();
        frontMatters.describe(campaign.getId(), version, "Rapport d'activité " + campaign.getYear(), "des services départementaux",
                AUTHORITY, editorial == null ? null : "Éditorial", editorial);
    }

    private void load(OutlineEntry entry, ChapterContent content) {
        long chapterId = chapters.chapterOfOutlineEntry(entry.getId()).orElseThrow().getId();
        chapters.loadApprovedContent(chapterId, content, "Rapport d'activité publié (extrait)");
    }

    private void createUsers(Map<String, Long> directions) {
        for (DemoPeople.Person person : DemoPeople.ALL) {
            Set<Long> ids = person.directions().stream().map(directions::get).collect(java.util.stream.Collectors.toSet());
            users.create(new UserDraft(person.localLogin(), person.name(), person.email(person.localLogin()),
                    person.roles(), ids), PASSWORD);
        }
    }

    private static String key(OrganisationFile.DirectionEntry entry) {
        return entry.acronym() != null ? entry.acronym() : entry.name();
    }


    private static OrganisationFile read() {
        try (InputStream in = new ClassPathResource("demo/organisation-2023.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, OrganisationFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record OrganisationFile(String title, List<PoleEntry> poles, List<TransversalLabel> transversal) {
        record PoleEntry(String name, List<DirectionEntry> directions) {
        }

        record DirectionEntry(Integer annex, String name, String acronym) {
        }

        record TransversalLabel(Integer annex, String label) {
        }
    }
}

package fr.recueil.home;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.Countdown;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterStanding;
import fr.recueil.chapter.ChapterState;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.organisation.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read model of the staff's dashboard and the review queue: every chapter of a campaign with
 * its state, who reviews it, since when, its deadline and whether it is late. One query for the
 * chapters' standings, then their directions, pôles and reviewers' names from the modules that own them.
 */
@Service
@Transactional(readOnly = true)
public class ChapterBoard {

    /** A chapter's deadline as a traffic light: its {@link Countdown.Urgency}, except that an approved chapter is green. */
    public enum Rag { RED, AMBER, GREEN }

    public record Row(long id, long version, int annexNumber, String title, long directionId, String directionShortName,
                      Long poleId, String poleName, ChapterState state, String assignee, String assigneeName,
                      Instant stateSince, long daysInState, LocalDate deadline, long daysLeft, Rag rag) {

        public boolean overdue() {
            return rag == Rag.RED;
        }
    }

    /**
     * What to show: null or empty means "all"; {@code outsidePoles} keeps only the chapters of
     * directions outside any pôle.
     */
    public record Filter(Long poleId, boolean outsidePoles, Set<ChapterState> states, String assignee, boolean overdueOnly) {

        public static final Filter ALL = new Filter(null, false, Set.of(), null, false);

        public static Filter states(ChapterState... states) {
            return new Filter(null, false, Set.of(states), null, false);
        }

        public Filter {
            states = states == null ? Set.of() : Set.copyOf(states);
        }

        boolean accepts(Row row) {
            return (poleId == null || poleId.equals(row.poleId()))
                    && (!outsidePoles || row.poleId() == null)
                    && (states.isEmpty() || states.contains(row.state()))
                    && (assignee == null || assignee.isBlank() || assignee.equalsIgnoreCase(row.assignee()))
                    && (!overdueOnly || row.overdue());
        }
    }

    /** One pôle (null: chapters outside any pôle) with its chapters counted. */
    public record PoleCount(Long poleId, String poleName, int total, int approved) {
    }

    /**
     * A campaign's board. The counts and progress are over every chapter; {@code rows} are those
     * the filter kept, in report order.
     */
    public record Board(long campaignId, String campaignTitle, List<Row> rows, Map<ChapterState, Integer> countsByState,
                        List<PoleCount> poles, int approved, int total) {

        public double progress() {
            return total == 0 ? 0 : (double) approved / total;
        }

        /** The reviewers chapters are assigned to, login → name, for a filter. */
        public Map<String, String> assignees() {
            return rows.stream().filter(r -> r.assignee() != null)
                    .sorted(Comparator.comparing(Row::assigneeName))
                    .collect(Collectors.toMap(Row::assignee, Row::assigneeName, (a, b) -> a, LinkedHashMap::new));
        }
    }

    private final ChapterService chapters;
    private final OrganisationService organisation;
    private final UserService users;
    private final CampaignService campaigns;
    private final Clock clock;

    ChapterBoard(ChapterService chapters, OrganisationService organisation, UserService users, CampaignService campaigns,
                 Clock clock) {
        this.chapters = chapters;
        this.organisation = organisation;
        this.users = users;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The board of the open campaign, if one is open. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'COMMUNICATION', 'ADMIN')")
    public Optional<Board> current(Filter filter) {
        return campaigns.currentCampaign().map(campaign -> board(campaign, filter));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'COMMUNICATION', 'ADMIN')")
    public Board of(long campaignId, Filter filter) {
        Campaign campaign = campaigns.campaign(campaignId).orElseThrow(() -> new BusinessException("error.campaign.notFound"));
        return board(campaign, filter);
    }

    private Board board(Campaign campaign, Filter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, OutlineEntry> entries = campaign.getOutline().stream()
                .collect(Collectors.toMap(OutlineEntry::getId, Function.identity()));
        Map<Long, Direction> directions = organisation.directions().stream()
                .collect(Collectors.toMap(Direction::getId, Function.identity()));
        Map<Long, String> poleNamesById = organisation.poles().stream().collect(Collectors.toMap(Pole::getId, Pole::getName));
        List<ChapterStanding> standings = chapters.standings(campaign.getId()).stream()
                .filter(c -> entries.containsKey(c.outlineEntryId()) && directions.containsKey(c.directionId()))
                .toList();
        Map<String, String> names = users.displayNames(standings.stream().map(ChapterStanding::assignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Row> all = standings.stream().map(c -> {
                    Direction direction = directions.get(c.directionId());
                    Long poleId = direction.getPoleId();
                    long days = Math.max(0, ChronoUnit.DAYS.between(c.stateSince().atZone(clock.getZone()).toLocalDate(), today));
                    LocalDate deadline = campaign.deadlineFor(c.directionId());
                    long daysLeft = ChronoUnit.DAYS.between(today, deadline);
                    String assignee = c.assignee();
                    return new Row(c.id(), c.version(), campaign.annexNumberOf(entries.get(c.outlineEntryId())), c.title(),
                            c.directionId(), Objects.requireNonNullElse(direction.getAcronym(), direction.getName()), poleId,
                            poleId == null ? null : poleNamesById.get(poleId), c.state(), assignee,
                            assignee == null ? null : names.getOrDefault(assignee, assignee),
                            c.stateSince(), days, deadline, daysLeft, rag(c.state(), daysLeft));
                })
                .sorted(Comparator.comparingInt(Row::annexNumber))
                .toList();

        Map<ChapterState, Integer> counts = new EnumMap<>(ChapterState.class);
        for (ChapterState state : ChapterState.values()) {
            counts.put(state, 0);
        }
        Map<Long, int[]> perPole = new LinkedHashMap<>();
        Map<Long, String> poleNames = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Row r) -> r.poleId() == null).thenComparingInt(Row::annexNumber)).forEach(row -> {
            counts.merge(row.state(), 1, Integer::sum);
            int[] count = perPole.computeIfAbsent(row.poleId(), k -> new int[2]);
            count[0]++;
            if (row.state() == ChapterState.APPROVED) {
                count[1]++;
            }
            poleNames.putIfAbsent(row.poleId(), row.poleName());
        });
        List<PoleCount> poles = new ArrayList<>();
        perPole.forEach((poleId, count) -> poles.add(new PoleCount(poleId, poleNames.get(poleId), count[0], count[1])));
        List<Row> shown = all.stream().filter(filter::accepts).toList();
        return new Board(campaign.getId(), campaign.getTitle(), shown, counts, poles, counts.get(ChapterState.APPROVED), all.size());
    }

    static Rag rag(ChapterState state, long daysLeft) {
        if (state == ChapterState.APPROVED) {
            return Rag.GREEN;
        }
        return switch (Countdown.urgency(daysLeft)) {
            case OVERDUE -> Rag.RED;
            case DUE_SOON -> Rag.AMBER;
            case ON_TRACK -> Rag.GREEN;
        };
    }
}

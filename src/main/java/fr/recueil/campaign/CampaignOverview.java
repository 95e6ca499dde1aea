package fr.recueil.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign as the pages show it, with names resolved and deadlines counted from today:
 * its chapters in outline order and the deadline of each direction that writes one.
 */
public record CampaignOverview(Campaign campaign, Countdown deadline, List<ChapterLine> chapters,
                               List<DirectionDeadline> directions) {

    public CampaignOverview {
        chapters = List.copyOf(chapters);
        directions = List.copyOf(directions);
    }

    /** Published campaigns are frozen: nothing of them may change. */
    public boolean frozen() {
        return campaign.isFrozen();
    }

    /** The transversal chapters (when there are some), then every part with its chapters, in order. */
    public List<OutlinePart> parts() {
        List<OutlinePart> parts = new ArrayList<>();
        List<ChapterLine> transversal = chapters.stream().filter(c -> c.partId() == null).toList();
        if (!transversal.isEmpty()) {
            parts.add(new OutlinePart(null, null, transversal));
        }
        for (ReportPart part : campaign.getParts()) {
            parts.add(new OutlinePart(part.getId(), part.getTitle(),
                    chapters.stream().filter(c -> part.getId().equals(c.partId())).toList()));
        }
        return parts;
    }

    /**
     * May this chapter move to this place (0-based) without leaving its heading? Pages offer only
     * such moves, so that a pôle's chapters stay together under the pôle.
     */
    public boolean canMove(ChapterLine chapter, int newIndex) {
        return !frozen() && newIndex >= 0 && newIndex < chapters.size() && newIndex != chapter.position()
                && chapters.get(newIndex).position() == newIndex && chapters.get(newIndex).samePartAs(chapter);
    }

    /** One line per heading of the report (a pôle split by a manual reordering still counts once). */
    public List<PoleSummary> poleSummaries() {
        Map<List<Object>, List<ChapterLine>> byPart = new LinkedHashMap<>();
        for (ChapterLine chapter : chapters) {
            byPart.computeIfAbsent(java.util.Arrays.asList(chapter.partKind(), chapter.poleId()), k -> new ArrayList<>())
                    .add(chapter);
        }
        List<PoleSummary> summaries = new ArrayList<>();
        for (List<ChapterLine> partChapters : byPart.values()) {
            ChapterLine first = partChapters.getFirst();
            List<DirectionDeadline> earlier = partChapters.stream()
                    .map(ChapterLine::directionId)
                    .distinct()
                    .map(this::direction)
                    .filter(Objects::nonNull)
                    .filter(d -> d.hasOwnDeadline() && d.ownDeadline().isBefore(campaign.getDeadline()))
                    .sorted(Comparator.comparing(DirectionDeadline::ownDeadline))
                    .toList();
            summaries.add(new PoleSummary(first.partKind(), first.poleId(), first.poleName(), partChapters.size(), earlier));
        }
        return summaries;
    }

    /** The directions whose deadline has passed or falls within {@value Countdown#SOON_DAYS} days, soonest first. */
    public List<DirectionDeadline> urgentDirections() {
        return directions.stream()
                .filter(d -> d.deadline().urgency() != Countdown.Urgency.ON_TRACK)
                .sorted(Comparator.comparing((DirectionDeadline d) -> d.deadline().deadline()).thenComparing(DirectionDeadline::name))
                .toList();
    }

    private DirectionDeadline direction(long directionId) {
        return directions.stream().filter(d -> d.directionId() == directionId).findFirst().orElse(null);
    }
}

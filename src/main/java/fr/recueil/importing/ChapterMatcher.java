package fr.recueil.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which direction or transversal entry a title names. A title names an entry when it carries the
 * entry's acronym as a word, or the significant words of its name (not just one of them: many
 * sub-sections share a word with some direction). The title's level plays no part.
 */
final class ChapterMatcher {

    /**
     * A title naming a target. A weak match names it only by its acronym in a short title
     * ("Pilotage SCI", "Relations avec la DSI"): inside a chapter, that is a sub-section's title.
     */
    record Match(ImportTarget target, double score, boolean strong) {
    }

    private final List<ImportTarget> targets;
    // Target names normalised once: a document has hundreds of titles to compare.
    private final Map<ImportTarget, Set<String>> names = new HashMap<>();

    ChapterMatcher(List<ImportTarget> targets) {
        this.targets = List.copyOf(targets);
        targets.forEach(t -> names.put(t, Words.significant(t.name())));
    }

    List<ImportTarget> targets() {
        return targets;
    }

    Optional<Match> match(String title) {
        Match best = null;
        String normalised = " " + Words.normalise(title) + " ";
        Set<String> heading = Words.significant(title);
        for (ImportTarget target : targets) {
            double score = score(normalised, heading, names.get(target), target);
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(target, score, strong(normalised, heading, names.get(target)));
            }
        }
        return Optional.ofNullable(best);
    }

    /** Names the target by its name's words or says "direction"/"délégation", not just by an acronym. */
    private static boolean strong(String normalised, Set<String> heading, Set<String> name) {
        long common = name.stream().filter(heading::contains).count();
        boolean namesDirection = normalised.contains(" direction ") || normalised.contains(" delegation ");
        return namesDirection || (!name.isEmpty() && (double) common / name.size() >= 0.5);
    }

    static double score(String title, ImportTarget target) {
        return score(" " + Words.normalise(title) + " ", Words.significant(title), Words.significant(target.name()), target);
    }

    private static double score(String normalised, Set<String> heading, Set<String> name, ImportTarget target) {
        if (heading.isEmpty() || name.isEmpty() || heading.size() > 16) {
            return 0;
        }
        long common = name.stream().filter(heading::contains).count();
        double coverage = (double) common / name.size();
        double precision = (double) common / heading.size();
        boolean namesDirection = normalised.contains(" direction ") || normalised.contains(" delegation ");
        boolean acronym = target.acronym() != null && !Words.normalise(target.acronym()).isEmpty()
                && normalised.contains(" " + Words.normalise(target.acronym()) + " ");
        double score = 0;
        if (acronym && (coverage >= 0.5 || heading.size() <= 2 || namesDirection)) {
            score = 1.5 + coverage;
        } else if (coverage == 1 && name.size() >= 2 && precision >= 0.4) {
            score = 1 + precision;
        } else if (coverage >= 0.75 && precision >= 0.75 && (name.size() >= 2 || namesDirection)) {
            score = coverage + precision - 0.5;
        }
        if (score > 0) {
            // "Direction ..." names a direction; a theme title ("Ressources humaines du Département") the transversal entry.
            boolean kindHint = namesDirection == (target.kind() == ImportTarget.Kind.DIRECTION);
            score += kindHint ? 0.01 : 0;
        }
        return score;
    }
}

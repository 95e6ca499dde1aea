package fr.recueil.importing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which direction or transversal entry a title names. A title names an entry when it carries the
 * entry's acronym as a word, or the significant words of its name (not just one of them: many
 * sub-sections share a word with some direction). The title's level plays no part.
 */
final class ChapterMatcher {

    record Match(ImportTarget target, double score) {
    }

    private final List<ImportTarget> targets;

    ChapterMatcher(List<ImportTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    List<ImportTarget> targets() {
        return targets;
    }

    Optional<Match> match(String title) {
        Match best = null;
        for (ImportTarget target : targets) {
            double score = score(title, target);
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(target, score);
            }
        }
        return Optional.ofNullable(best);
    }

    static double score(String title, ImportTarget target) {
        String normalised = " " + Words.normalise(title) + " ";
        Set<String> heading = Words.significant(title);
        Set<String> name = Words.significant(target.name());
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

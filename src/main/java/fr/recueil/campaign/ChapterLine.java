package fr.recueil.campaign;

/**
 * One chapter of a campaign's outline as the pages show it: its place and annex number, who writes
 * it, where it is grouped in the report, and the deadline of the direction that writes it.
 *
 * @param position    0-based place in the outline
 * @param partId      the part of the report the chapter is in; null for a transversal chapter
 * @param ownDeadline whether the writing direction has a deadline of its own (not the campaign's)
 */
public record ChapterLine(long entryId, int position, int annexNumber, OutlineEntryKind kind, String title,
                          long directionId, String directionName, String directionShortName,
                          Long poleId, String poleName, Long partId, String partTitle, Countdown deadline, boolean ownDeadline) {

    /** The part of the report the chapter belongs to: transversal, a pôle, or stand-alone. */
    public OutlinePart.Kind partKind() {
        if (kind == OutlineEntryKind.TRANSVERSAL) {
            return OutlinePart.Kind.TRANSVERSAL;
        }
        return poleId == null ? OutlinePart.Kind.STAND_ALONE : OutlinePart.Kind.POLE;
    }

    boolean samePartAs(ChapterLine other) {
        return java.util.Objects.equals(partId, other.partId);
    }
}

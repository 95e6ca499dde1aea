package fr.recueil.organisation;

import java.util.Collections;
import java.util.List;

final class Reordering {

    private Reordering() {
    }

    /** Swaps the item with its neighbour; false when it is already at that end. */
    static <T> boolean move(List<T> ordered, T item, int offset) {
        int from = ordered.indexOf(item);
        int to = from + Integer.signum(offset);
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return false;
        }
        Collections.swap(ordered, from, to);
        return true;
    }
}

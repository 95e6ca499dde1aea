package fr.recueil.assembly;

/** How many of the campaign's chapters are approved: a final export needs all of them. */
public record ReportReadiness(int approved, int total) {

    public boolean complete() {
        return total > 0 && approved == total;
    }

    public int missing() {
        return total - approved;
    }
}

package fr.recueil.assembly;

import fr.recueil.assembly.document.ReportDocument;

import java.util.List;

/** The report ready to render, with the manifest of what it holds. */
public record AssembledReport(long campaignId, int year, boolean draft, ReportDocument document,
                              List<ManifestEntry> manifest) {

    public AssembledReport {
        manifest = List.copyOf(manifest);
    }

    public List<ManifestEntry> missing() {
        return manifest.stream().filter(entry -> !entry.included()).toList();
    }
}

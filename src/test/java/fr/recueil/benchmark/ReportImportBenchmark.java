package fr.recueil.benchmark;

import fr.recueil.importing.AnalysedChapter;
import fr.recueil.importing.FidelityReport;
import fr.recueil.importing.ImportAnalysis;
import fr.recueil.importing.ImportTarget;
import fr.recueil.importing.ReportImportService;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Prints the time to analyse and to import the Word fixture (two pôles of six and the HR chapter)
 * and a synthetic document three times its size (about the whole 120-page report). Each import is
 * rolled back. Figures, not a timed assertion: the machines are shared.
 * Run: ./mvnw test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ReportImportBenchmark
 */
@Tag("benchmark")
@SpringBootTest
class ReportImportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @Autowired
    private ReportImportService imports;
    @Autowired
    private Actors actors;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void analysing_and_importing_the_fixture_and_a_document_three_times_larger() throws IOException {
        actors.loginAs("communication");
        byte[] fixture = fixture();
        byte[] triple = tripled(fixture);
        measure("fixture (extrait, 2 pôles + RH)", fixture, 2016);
        measure("synthétique ×3 (≈ rapport complet, ~120 pages)", triple, 2015);
    }

    private void measure(String name, byte[] bytes, int year) {
        long[] analyses = new long[RUNS];
        ImportAnalysis analysis = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            analysis = imports.analyse("benchmark.docx", bytes, year);
            if (i >= WARM_UP) {
                analyses[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Map<Integer, ImportTarget> choices = choices(analysis);
        long[] importsNanos = new long[3];
        FidelityReport report = null;
        for (int i = 0; i < importsNanos.length; i++) {
            ImportAnalysis toImport = analysis;
            long start = System.nanoTime();
            report = transactions.execute(status -> {
                status.setRollbackOnly();
                return imports.importReport(toImport, choices);
            });
            importsNanos[i] = System.nanoTime() - start;
        }
        System.out.printf("%n[benchmark] import Word — %s : %d Ko, %d caractères, %d chapitres%n", name, bytes.length / 1024,
                analysis.totalCharacters(), analysis.chapters().size());
        System.out.printf("[benchmark]   analyse : médiane %.0f ms, max %.0f ms (%d mesures)%n",
                median(analyses), max(analyses), RUNS);
        System.out.printf("[benchmark]   import (%d chapitres du document dans %d chapitres, annulé) : médiane %.0f ms, max %.0f ms ;"
                        + " fidélité %.1f %%%n", choices.size(), report.importedChapters(), median(importsNanos), max(importsNanos),
                report.percentPlaced());
    }

    /**
     * The proposed targets, then the free ones for the chapters a repeated document leaves without,
     * and once none is free, the target of the same chapter's first copy (the sections are merged):
     * every chapter is imported.
     */
    private static Map<Integer, ImportTarget> choices(ImportAnalysis analysis) {
        Map<Integer, ImportTarget> choices = new HashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, ImportTarget> byHeading = new HashMap<>();
        analysis.chapters().stream().filter(c -> c.proposed() != null).forEach(c -> {
            choices.put(c.index(), c.proposed());
            used.add(c.proposed().key());
            byHeading.putIfAbsent(c.heading(), c.proposed());
        });
        var free = analysis.targets().stream().filter(t -> !used.contains(t.key())).iterator();
        for (AnalysedChapter chapter : analysis.chapters()) {
            if (chapter.proposed() == null) {
                ImportTarget target = free.hasNext() ? free.next() : byHeading.get(chapter.heading());
                if (target != null) {
                    choices.put(chapter.index(), target);
                }
            }
        }
        return choices;
    }

    /** The fixture's body three times over, in one document. */
    private static byte[] tripled(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int start = xml.indexOf("<w:body>") + "<w:body>".length();
                    int end = xml.lastIndexOf("<w:sectPr");
                    String body = xml.substring(start, end);
                    content = (xml.substring(0, start) + body + body + body + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ReportImportBenchmark.class.getResourceAsStream("/fixtures/rapport-2023-extrait.docx")) {
            return in.readAllBytes();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}

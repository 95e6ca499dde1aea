package fr.recueil.benchmark;

import fr.recueil.assembly.AssembledReport;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.campaign.Campaign;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ExportService;
import fr.recueil.security.ApiTokenService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the warm median and p95 of each export of a whole report (the outline's 31 chapters of
 * real content) through the running app's endpoint, as the communication team's script calls it
 * (HTTP Basic), and, in the same run, the time of today's pipeline on the same content as Markdown:
 * {@code pandoc report.md -o report.docx} then {@code soffice --headless --convert-to pdf}.
 * Figures, not a timed assertion. Run:
 * ./mvnw test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ReportExportBenchmark
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportBenchmark {

    /** A campaign year of its own (a campaign year must lie within 2000-2100). */
    private static final int YEAR = 2089;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final int PIPELINE_RUNS = 3;
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("communication:recueil-demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    private int port;
    @Autowired
    private ApprovedReports reports;
    @Autowired
    private ReportAssembler assembler;
    @Autowired
    private Actors actors;
    @Autowired
    private ExportService exports;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private Campaign campaign;

    @BeforeAll
    void buildReport() {
        campaign = reports.complete(YEAR, 0);
    }

    @AfterAll
    void deleteReport() {
        reports.delete(YEAR);
        jdbc.sql("delete from api_token where label = 'benchmark'").update();
    }

    @Test
    void exports_of_a_whole_report_through_the_endpoint_against_pandoc_and_libreoffice() throws Exception {
        AssembledReport report = actors.as("communication", () -> assembler.assemble(campaign.getId(), false));
        assertThat(report.manifest()).hasSizeGreaterThanOrEqualTo(30);
        System.out.printf(Locale.ROOT, "%nReport export benchmark: %d chapters, %d blocks, warm-up %d, %d timed requests per format%n",
                report.manifest().size(), report.document().body().size(), WARM_UP, RUNS);

        System.out.printf(Locale.ROOT, "  (load average of the machine: %s; 2 cores shared)%n", loadAverage());
        List<Long> assemblies = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS / 2; i++) {
            long start = System.nanoTime();
            actors.as("communication", () -> assembler.assemble(campaign.getId(), false));
            if (i >= WARM_UP) {
                assemblies.add(System.nanoTime() - start);
            }
        }
        assemblies.sort(null);
        System.out.printf(Locale.ROOT, "  assembly alone (in process)          median %6.1f ms%n", ms(median(assemblies)));

        Map<ExportFormat, Long> medians = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : ExportFormat.values()) {
            String path = "/api/campaigns/" + YEAR + "/report." + format.extension();
            HttpResponse<byte[]> first = get(path, BASIC);
            if (first.statusCode() != 200) {
                System.out.printf(Locale.ROOT, "  %-4s not measured: the endpoint answers %d (%s)%n", format,
                        first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
                continue;
            }
            long cpuBefore = processCpuNanos();
            List<Long> timings = time(path, BASIC);
            double cpuPerExport = ms((processCpuNanos() - cpuBefore) / (RUNS + WARM_UP - 1));
            medians.put(format, median(timings));
            List<Long> serverSide = actors.as("communication", () -> exports.archive(campaign.getId())).stream()
                    .filter(export -> export.getFormat() == format).limit(RUNS)
                    .map(export -> export.getDurationMs() * 1_000_000L).sorted().toList();
            System.out.printf(Locale.ROOT, "  %-4s %5.0f kB   median %7.1f ms   p95 %7.1f ms   (assembly + rendering: median %6.1f ms;"
                            + " CPU per request, all threads: %6.1f ms)%n",
                    format, first.body().length / 1024.0, ms(median(timings)), ms(p95(timings)), ms(median(serverSide)),
                    cpuPerExport);
        }
        // Basic pays a BCrypt check on every request; a script with a personal token does not.
        String token = "Bearer " + actors.as("communication", () -> tokens.generate("benchmark").secret());
        Map<ExportFormat, Long> tokenMedians = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : medians.keySet()) {
            List<Long> withToken = time("/api/campaigns/" + YEAR + "/report." + format.extension(), token);
            tokenMedians.put(format, median(withToken));
            System.out.printf(Locale.ROOT, "  %-4s with a personal token instead of Basic: median %7.1f ms   p95 %7.1f ms%n",
                    format, ms(median(withToken)), ms(p95(withToken)));
        }

        pipeline(report, medians.get(ExportFormat.PDF), tokenMedians.get(ExportFormat.PDF));
    }

    private void pipeline(AssembledReport report, Long recueilPdf, Long recueilPdfWithToken)
            throws IOException, InterruptedException {
        if (!onPath("pandoc") || !onPath("soffice")) {
            System.out.println("  pandoc + soffice: not measured, pandoc or soffice is not installed");
            return;
        }
        Path directory = Files.createTempDirectory("recueil-pipeline");
        Path markdown = MarkdownReport.write(report.document(), directory);
        List<String> pandoc = List.of("pandoc", "report.md", "-o", "report.docx");
        List<String> soffice = List.of("soffice", "-env:UserInstallation=file:///tmp/lo-bench", "--headless",
                "--convert-to", "pdf", "--outdir", directory.toString(), "report.docx");
        run(pandoc, directory);
        run(soffice, directory);
        List<Long> pandocTimes = new ArrayList<>();
        List<Long> sofficeTimes = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        for (int i = 0; i < PIPELINE_RUNS; i++) {
            long p = run(pandoc, directory);
            long s = run(soffice, directory);
            pandocTimes.add(p);
            sofficeTimes.add(s);
            totals.add(p + s);
        }
        pandocTimes.sort(null);
        sofficeTimes.sort(null);
        totals.sort(null);
        System.out.printf(Locale.ROOT, "  pipeline on the same content (%d kB of Markdown, median of %d warm runs):%n",
                Files.size(markdown) / 1024, PIPELINE_RUNS);
        System.out.printf(Locale.ROOT, "    pandoc report.md -o report.docx     %7.0f ms%n", ms(median(pandocTimes)));
        System.out.printf(Locale.ROOT, "    soffice --convert-to pdf report.docx %7.0f ms%n", ms(median(sofficeTimes)));
        System.out.printf(Locale.ROOT, "    pandoc + soffice                     %7.0f ms%n", ms(median(totals)));
        if (recueilPdf == null) {
            System.out.println("  ratio: not computed, the PDF export was not measured");
        } else {
            System.out.printf(Locale.ROOT, "  ratio pipeline / Recueil PDF: %.1f x with Basic, %.1f x with a token"
                            + " (target: >= 10 x; Recueil <= 250 ms per format)%n",
                    (double) median(totals) / recueilPdf, (double) median(totals) / recueilPdfWithToken);
        }
    }

    /** Warms up, then times {@link #RUNS} requests; the timings come sorted. */
    private List<Long> time(String path, String authorization) throws IOException, InterruptedException {
        for (int i = 1; i < WARM_UP; i++) {
            get(path, authorization);
        }
        List<Long> timings = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(path, authorization);
            timings.add(System.nanoTime() - start);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        timings.sort(null);
        return timings;
    }

    private HttpResponse<byte[]> get(String path, String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The CPU the whole JVM (app and client) used: unlike the elapsed time, it barely depends on what
     * else the shared machine runs.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Runs a command in {@code directory} and returns how long it took, in nanoseconds. */
    private static long run(List<String> command, Path directory) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return System.nanoTime() - start;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long p95(List<Long> sorted) {
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}

package fr.recueil.export.pdf;

import fr.recueil.assembly.ReportAssembler;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.campaign.Campaign;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The PDF of the real assembled report, read back. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails("communication")
class PdfReportTest {

    static final int COMPLETE = 2061;
    static final int PARTIAL = 2062;

    @Autowired
    ReportAssembler assembler;
    @Autowired
    ApprovedReports reports;
    @Autowired
    PdfRenderer renderer;

    Campaign complete;
    Campaign partial;

    @BeforeAll
    void createCampaigns() {
        complete = reports.complete(COMPLETE, 0);
        partial = reports.complete(PARTIAL, 3);
    }

    @AfterAll
    void deleteCampaigns() {
        reports.delete(COMPLETE);
        reports.delete(PARTIAL);
    }

    @Test
    void scratch() throws Exception {
        ReportDocument document = assembler.assemble(complete.getId(), false).document();
        byte[] pdf = renderer.render(document);
        Files.write(Path.of("/tmp/report-2061.pdf"), pdf);
        Files.write(Path.of("/tmp/report-2062-draft.pdf"), renderer.render(assembler.assemble(partial.getId(), true).document()));
        System.out.println("chapters " + complete.getOutline().size());
        System.setProperty("recueil.pdf.trace", "true");
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            long cpu = bean.getCurrentThreadCpuTime();
            renderer.render(document);
            System.out.println("render ms " + (System.nanoTime() - start) / 1_000_000 + " cpu " + (bean.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}

package fr.recueil.export.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF, the reference validator, run on a rendered PDF: the rules it finds broken. */
final class VeraPdf {

    /** What the report's PDF claims to be: PDF/UA-1 (accessible) and PDF/A-2a (archivable, tagged). */
    static final PDFAFlavour UA = PDFAFlavour.PDFUA_1;
    static final PDFAFlavour ARCHIVE = PDFAFlavour.PDFA_2_A;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The failed rules, each as "clause-test: description" with how often it failed and where first.
     * Empty when the PDF conforms to {@code flavour}.
     */
    static Map<String, String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion assertion : assertions) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                failed.merge(rule, assertion.getMessage() + " — at " + assertion.getLocation().getContext()
                        + (assertion.getErrorMessage() == null ? "" : " (" + assertion.getErrorMessage() + ")"),
                        (first, next) -> first);
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("?", "not compliant: " + result.getJobEndStatus());
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}

package fr.recueil.export.api;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import fr.recueil.export.ExportDownload;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ExportService;
import fr.recueil.export.ReportExport;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * The automation endpoint: {@code GET /api/campaigns/{year}/report.{pdf|docx|html}[?draft=true]}
 * exports the campaign's report (kept in the archive like an export from the app) and answers the
 * file. Authentication is {@code fr.recueil.security.ApiSecurityConfiguration}'s business; refusals
 * are RFC 9457 problems with the French message.
 */
@RestController
class ReportEndpoint {

    static final String EXPORT_ID_HEADER = "X-Recueil-Export-Id";

    private final ExportService exports;

    ReportEndpoint(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/campaigns/{year}/report.{extension}")
    ResponseEntity<?> report(@PathVariable String year, @PathVariable String extension,
                             @RequestParam(name = "draft", required = false) String draftParameter) {
        if (draftParameter != null && !draftParameter.equals("true") && !draftParameter.equals("false")) {
            return problem(HttpStatus.BAD_REQUEST, Translations.french("api.error.badParameter", "draft",
                    draftParameter.length() > 40 ? draftParameter.substring(0, 40) + "…" : draftParameter, "true ou false"));
        }
        boolean draft = "true".equals(draftParameter);
        Optional<ExportFormat> format = ExportFormat.ofExtension(extension);
        if (format.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, Translations.french("api.error.unknownFormat", extension));
        }
        if (!year.matches("\\d{4}")) {
            return problem(HttpStatus.NOT_FOUND, Translations.french("api.error.notFound"));
        }
        try {
            ReportExport export = exports.exportYear(Integer.parseInt(year), format.get(), draft);
            ExportDownload file = exports.download(export.getId());
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentName.of(file.fileName()))
                    .cacheControl(CacheControl.noStore())
                    .header(EXPORT_ID_HEADER, String.valueOf(export.getId()))
                    .body(file.data());
        } catch (BusinessException refusal) {
            return refused(refusal, year, format.get());
        }
    }

    /** Anything else under /api is not ours: a problem, not Vaadin's HTML page. */
    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown() {
        return problem(HttpStatus.NOT_FOUND, Translations.french("api.error.notFound"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        return problem(HttpStatus.FORBIDDEN, Translations.french("api.error.forbidden"));
    }

    private static ResponseEntity<ProblemDetail> refused(BusinessException refusal, String year, ExportFormat format) {
        return switch (refusal.messageKey()) {
            case "error.export.noCampaign" -> problem(HttpStatus.NOT_FOUND, refusal.getMessage());
            case "error.report.notAllApproved" -> {
                Object[] counts = refusal.arguments();
                yield problem(HttpStatus.CONFLICT, Translations.french("api.error.notAllApproved", counts[0], counts[1],
                        "/api/campaigns/" + year + "/report." + format.extension() + "?draft=true"));
            }
            case "error.export.formatUnavailable" -> problem(HttpStatus.NOT_IMPLEMENTED, refusal.getMessage());
            default -> problem(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage());
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Translations.french("api.error.title." + status.value()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(problem);
    }
}

package fr.recueil.export.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.recueil.assembly.AssembledReport;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ReportTabs;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.html.HtmlFragment;
import fr.recueil.export.html.HtmlRenderer;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The consolidated report as it stands, drawn by the HTML export itself: a draft made of the
 * approved chapters, with a side table of contents that scrolls to each part and chapter, and the
 * same document to download as one HTML file.
 */
@Route("rapport/apercu")
@RolesAllowed({Role.Names.COMMUNICATION, Role.Names.ADMIN})
class ReportPreviewView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportPreviewView.class);

    /**
     * Links to an anchor of the document scroll the preview. The page has a base address of its
     * own, so the browser alone would resolve "#anchor" against it and leave the page.
     */
    private static final String SCROLL_TO_ANCHORS = """
            this.addEventListener('click', e => {
              const link = e.target.closest('a[href^="#"]');
              if (!link || !this.contains(link)) return;
              const id = decodeURIComponent(link.getAttribute('href').substring(1));
              const target = this.querySelector('.recueil-doc [id="' + CSS.escape(id) + '"]');
              if (!target) return;
              e.preventDefault();
              this.querySelectorAll('.recueil-preview-toc a[aria-current]').forEach(a => a.removeAttribute('aria-current'));
              const entry = this.querySelector('.recueil-preview-toc a[href="#' + CSS.escape(id) + '"]');
              if (entry) entry.setAttribute('aria-current', 'location');
              target.scrollIntoView({behavior: 'smooth', block: 'start'});
              target.setAttribute('tabindex', '-1');
              target.focus({preventScroll: true});
            });
            """;

    private final transient ReportAssembler assembler;
    private final transient HtmlRenderer renderer;

    ReportPreviewView(CampaignService campaigns, ReportAssembler assembler, HtmlRenderer renderer) {
        this.assembler = assembler;
        this.renderer = renderer;
        addClassNames("recueil-page", "recueil-report-preview-page");
        setId("report-preview");
        add(new ReportTabs(ReportTabs.Tab.PREVIEW));
        Optional<CampaignOverview> report = campaigns.reportOverview();
        if (report.isEmpty()) {
            add(new ViewHeader(getTranslation("report.preview.title")),
                    message("no-campaign", "recueil-empty-state", getTranslation("report.noCampaign")));
            return;
        }
        CampaignOverview overview = report.get();
        ViewHeader header = new ViewHeader(getTranslation("report.preview.title"),
                getTranslation("report.preview.description", overview.campaign().getTitle()));
        add(header);
        long campaignId = overview.campaign().getId();
        try {
            show(header, assembler.assemble(campaignId, true));
        } catch (BusinessException | AccessDeniedException refused) {
            add(message("preview-error", "recueil-notice", Notifications.message(this, refused)));
        } catch (RuntimeException failure) {
            log.error("The preview of campaign {} could not be assembled", campaignId, failure);
            add(message("preview-error", "recueil-notice", getTranslation("report.preview.failed")));
        }
    }

    private void show(ViewHeader header, AssembledReport report) {
        header.withActions(download(report.campaignId(), report.year()));
        int missing = report.missing().size();
        add(missing == 0
                ? message("preview-readiness", "recueil-success-notice", getTranslation("report.preview.complete"))
                : message("preview-readiness", "recueil-notice",
                getTranslation("report.preview.missing", missing, report.manifest().size())));

        HtmlFragment fragment = renderer.renderFragment(report.document());
        H2 tocTitle = new H2(getTranslation("report.preview.toc"));
        tocTitle.setId("preview-toc-title");
        Html tocList = new Html(fragment.tocHtml());
        tocList.setId("preview-toc-list");
        Nav toc = new Nav(tocTitle, tocList);
        toc.setId("preview-toc");
        toc.addClassName("recueil-preview-toc");
        toc.getElement().setAttribute("aria-labelledby", "preview-toc-title");

        // The document's style sheet is scoped under its root class: it neither leaks into the page nor
        // takes anything from it but the fonts the page has already loaded.
        Html document = new Html("<div class=\"recueil-preview-document\"><style>" + fragment.css() + "</style>"
                + fragment.bodyHtml() + "</div>");
        document.setId("preview-document");

        Div layout = new Div(toc, document);
        layout.addClassName("recueil-report-preview");
        add(layout);
        getElement().executeJs(SCROLL_TO_ANCHORS);
    }

    private Anchor download(long campaignId, int year) {
        String fileName = "rapport-" + year + "-projet." + ExportFormat.HTML.extension();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] html = renderer.render(assembler.assemble(campaignId, true).document());
            return new DownloadResponse(new ByteArrayInputStream(html), fileName, ExportFormat.HTML.mediaType(), html.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("report.preview.download")));
        link.setId("download-html");
        link.addClassName("recueil-button-link");
        link.getElement().setAttribute("download", fileName);
        return link;
    }

    private static Paragraph message(String id, String className, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        paragraph.addClassName(className);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.preview.title") + " · Recueil";
    }
}

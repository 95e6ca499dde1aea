package fr.recueil.assembly.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.recueil.assembly.FrontMatterService;
import fr.recueil.assembly.ReportFrontMatter;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ReportTabs;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report's cover and editorial, written by DIRCOM: the texts are saved together against the
 * version they were read at (a concurrent change is refused, the typed text stays); the logo is
 * stored as soon as it is sent. A published report's cover is only shown.
 */
@Route("rapport/couverture")
@RolesAllowed({Role.Names.COMMUNICATION, Role.Names.ADMIN})
class FrontMatterView extends Div implements HasDynamicTitle, BeforeLeaveObserver {

    private final transient FrontMatterService frontMatters;
    private final TextField coverTitle = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField authority = new TextField();
    private final TextField editorialTitle = new TextField();
    private final EditorialField editorialBody = new EditorialField();
    private final Div formError = new Div();
    private final Button save = new Button();
    private Campaign campaign;
    private ReportFrontMatter saved;
    private LogoField logo;
    private CoverPreview preview;

    FrontMatterView(CampaignService campaigns, FrontMatterService frontMatters) {
        this.frontMatters = frontMatters;
        addClassName("recueil-page");
        setId("front-matter");
        add(new ReportTabs(ReportTabs.Tab.COVER));
        Optional<CampaignOverview> report = campaigns.reportOverview();
        if (report.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.noCampaign"));
            none.setId("no-campaign");
            none.addClassName("recueil-empty-state");
            add(new ViewHeader(getTranslation("cover.title")), none);
            return;
        }
        campaign = report.get().campaign();
        saved = frontMatters.frontMatter(campaign.getId());
        build(report.get().frozen());
    }

    private void build(boolean frozen) {
        ViewHeader header = new ViewHeader(getTranslation("cover.title"), getTranslation("cover.description", campaign.getTitle()));
        add(header);
        if (frozen) {
            Paragraph notice = new Paragraph(getTranslation("cover.frozen"));
            notice.addClassName("recueil-notice");
            notice.setId("cover-frozen");
            add(notice);
        }
        field(coverTitle, "cover-title", "cover.field.title", saved.getCoverTitle());
        coverTitle.setRequiredIndicatorVisible(true);
        field(subtitle, "cover-subtitle", "cover.field.subtitle", saved.getCoverSubtitle());
        field(authority, "cover-authority", "cover.field.authority", saved.getAuthorityName());
        authority.setPlaceholder(getTranslation("cover.field.authority.placeholder"));
        field(editorialTitle, "editorial-title", "cover.field.editorialTitle", saved.getEditorialTitle());
        editorialTitle.setPlaceholder(getTranslation("cover.field.editorialTitle.placeholder"));
        editorialBody.setValue(saved.getEditorialBody());
        editorialBody.addChangeListener(this::changed);

        preview = new CoverPreview(campaign.getYear());
        logo = new LogoField(frontMatters, campaign.getId(), frozen, this::logoChanged);
        logo.show(saved);

        formError.setId("cover-error");
        formError.addClassName("recueil-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        Div coverFields = new Div(heading("cover.section.cover"), coverTitle, subtitle, authority, logo);
        coverFields.addClassName("recueil-cover-fields");
        Div form = new Div(coverFields, heading("cover.section.editorial"), help("cover.editorial.help"), editorialTitle,
                editorialBody, formError);
        form.addClassName("recueil-cover-form");
        if (!frozen) {
            save.setText(getTranslation("action.save"));
            save.setIcon(VaadinIcon.CHECK.create());
            save.setId("save-cover");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            Div actions = new Div(save);
            actions.addClassName("recueil-cover-actions");
            form.add(actions);
        }
        Div previewColumn = new Div(heading("cover.section.preview"), preview);
        previewColumn.addClassName("recueil-cover-preview-column");
        Div layout = new Div(form, previewColumn);
        layout.addClassName("recueil-cover-layout");
        add(layout);
        Stream.of(coverTitle, subtitle, authority, editorialTitle).forEach(f -> f.setReadOnly(frozen));
        editorialBody.setReadOnly(frozen);
        refreshPreview();
    }

    private void field(TextField field, String id, String labelKey, String value) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed());
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassName("recueil-cover-heading");
        return heading;
    }

    private Paragraph help(String key) {
        Paragraph help = new Paragraph(getTranslation(key));
        help.addClassNames("recueil-muted", "recueil-cover-help");
        return help;
    }

    private void changed() {
        coverTitle.setInvalid(false);
        refreshPreview();
    }

    private void refreshPreview() {
        preview.show(coverTitle.getValue(), subtitle.getValue(), authority.getValue(), logo.image());
    }

    /**
     * The logo is saved on its own, which moves the front matter to a new version. The texts being
     * typed keep their base version unless nobody else changed the saved ones meanwhile, so that a
     * concurrent change is still refused at "Enregistrer".
     */
    private void logoChanged(ReportFrontMatter afterLogo) {
        if (sameTexts(saved, afterLogo)) {
            saved = afterLogo;
        }
        refreshPreview();
    }

    private static boolean sameTexts(ReportFrontMatter a, ReportFrontMatter b) {
        return Objects.equals(a.getCoverTitle(), b.getCoverTitle()) && Objects.equals(a.getCoverSubtitle(), b.getCoverSubtitle())
                && Objects.equals(a.getAuthorityName(), b.getAuthorityName())
                && Objects.equals(a.getEditorialTitle(), b.getEditorialTitle())
                && Objects.equals(a.getEditorialBody(), b.getEditorialBody());
    }

    private boolean dirty() {
        return campaign != null && !(same(coverTitle, saved.getCoverTitle()) && same(subtitle, saved.getCoverSubtitle())
                && same(authority, saved.getAuthorityName()) && same(editorialTitle, saved.getEditorialTitle())
                && Objects.equals(blankToNull(editorialBody.getValue()), blankToNull(saved.getEditorialBody())));
    }

    private static boolean same(HasValue<?, String> field, String savedValue) {
        return Objects.equals(blankToNull(field.getValue()), blankToNull(savedValue));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean save() {
        formError.setVisible(false);
        try {
            saved = frontMatters.describe(campaign.getId(), saved.getVersion(), coverTitle.getValue(), subtitle.getValue(),
                    authority.getValue(), editorialTitle.getValue(), editorialBody.getValue());
            Notifications.success(this, "cover.saved");
            return true;
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException failure) {
            String message = Notifications.message(this, failure);
            formError.setText(message);
            formError.setVisible(true);
            if (failure instanceof BusinessException business && business.messageKey().equals("error.report.coverTitleRequired")) {
                coverTitle.setErrorMessage(message);
                coverTitle.setInvalid(true);
            }
            Notifications.error(this, failure);
            return false;
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty() || coverTitle.isReadOnly()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("cover-unsaved");
        dialog.setHeader(getTranslation("cover.unsaved.title"));
        dialog.setText(getTranslation("cover.unsaved.text"));
        dialog.setConfirmText(getTranslation("cover.unsaved.save"));
        dialog.addConfirmListener(e -> {
            if (save()) {
                action.proceed();
            }
        });
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("cover.unsaved.discard"));
        dialog.addRejectListener(e -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("cover.unsaved.stay"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cover.title") + " · Recueil";
    }

    LogoField logo() {
        return logo;
    }
}

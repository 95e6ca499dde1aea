package fr.recueil.campaign.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.base.BusinessException;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.DirectionDeadline;
import fr.recueil.organisation.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One campaign for the administrator: its status and the actions it allows, its settings, each
 * direction's deadline and the outline that numbers the chapters. A published campaign is shown
 * read-only, with the reason.
 */
@Route("admin/campagnes/:id")
@RolesAllowed(Role.Names.ADMIN)
class CampaignEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient CampaignService campaigns;
    private CampaignOverview overview;
    /** The version the settings form was filled from: saving checks nobody changed the campaign since. */
    private long settingsVersion;

    private final Div notFound = new Div();
    private final Div page = new Div();
    private final Div header = new Div();
    private final Paragraph frozenNotice = new Paragraph();
    private final Div status = new Div();
    private final TextField title = new TextField();
    private final FrenchDatePicker deadline;
    private final IntegerField firstAnnex = new IntegerField();
    private final Checkbox directorValidation = new Checkbox();
    private final Button save = new Button();
    private final Paragraph deadlinesHelp = new Paragraph();
    private final Grid<DirectionDeadline> deadlines = new Grid<>();
    private final Grid<ChapterLine> outline = new Grid<>();
    private ChapterLine dragged;

    CampaignEditView(CampaignService campaigns) {
        this.campaigns = campaigns;
        this.deadline = new FrenchDatePicker(getTranslation("admin.campaigns.field.deadline"));
        addClassNames("recueil-page", "recueil-campaign-edit");
        setId("campaign-edit");
        notFound.add(new ViewHeader(getTranslation("admin.campaigns.title")),
                new Paragraph(getTranslation("admin.campaigns.edit.notFound")), backLink());
        build();
        add(notFound, page);
    }

    /** Vaadin keeps this view when only the campaign in the address changes: each visit shows the one asked for. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CampaignOverview> found = event.getRouteParameters().getLong(ID).flatMap(this::load);
        notFound.setVisible(found.isEmpty());
        page.setVisible(found.isPresent());
        if (found.isPresent()) {
            show(found.get());
            fillSettings(found.get().campaign());
        } else {
            overview = null;
        }
    }

    private Optional<CampaignOverview> load(long id) {
        try {
            return Optional.of(campaigns.overview(id));
        } catch (BusinessException notFound) {
            return Optional.empty();
        }
    }

    private void build() {
        frozenNotice.setText(getTranslation("admin.campaigns.edit.frozen"));
        frozenNotice.addClassName("recueil-notice");
        frozenNotice.setId("campaign-frozen");
        status.setId("campaign-status");
        status.addClassName("recueil-campaign-status");
        page.add(header, frozenNotice,
                section("admin.campaigns.status.title", status),
                section("admin.campaigns.settings.title", settingsForm()),
                section("admin.campaigns.deadlines.title", deadlinesHelp, deadlinesGrid()),
                section("admin.campaigns.outline.title", outlineHelp(), outlineGrid()));
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("recueil-section");
        section.add(content);
        return section;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("admin.campaigns.edit.back"), CampaignsAdminView.class);
        back.addClassName("recueil-back-link");
        back.setId("back-to-campaigns");
        return back;
    }

    /** Shows the campaign as it now is; the settings form keeps what the user typed. */
    private void show(CampaignOverview shown) {
        this.overview = shown;
        Campaign campaign = shown.campaign();
        boolean frozen = shown.frozen();

        header.removeAll();
        header.add(new ViewHeader(campaign.getTitle(), getTranslation("admin.campaigns.edit.subtitle",
                campaign.getYear(), campaign.getOutline().size())).withActions(backLink()));
        frozenNotice.setVisible(frozen);

        status.removeAll();
        Div current = new Div(Badges.status(this, campaign.getStatus()),
                new Span(getTranslation("admin.campaigns.status.help." + campaign.getStatus().name())));
        current.addClassName("recueil-campaign-status-current");
        Div actions = new Div();
        actions.addClassName("recueil-actions");
        for (CampaignStatus target : List.of(CampaignStatus.OPEN, CampaignStatus.PUBLISHED, CampaignStatus.CLOSED)) {
            if (campaign.nextStatuses().contains(target)) {
                actions.add(statusButton(campaign, target));
            }
        }
        status.add(current, actions);

        title.setReadOnly(frozen);
        title.setRequiredIndicatorVisible(!frozen);
        deadline.setReadOnly(frozen);
        deadline.setRequiredIndicatorVisible(!frozen);
        firstAnnex.setReadOnly(frozen);
        directorValidation.setReadOnly(frozen);
        save.setVisible(!frozen);

        deadlinesHelp.setText(getTranslation("admin.campaigns.deadlines.help", Formats.date(campaign.getDeadline(), getLocale())));
        deadlines.setItems(shown.directions());
        outline.setItems(shown.chapters());
        outline.setRowsDraggable(!frozen);
        outline.setDropMode(frozen ? null : GridDropMode.BETWEEN);
    }

    private void fillSettings(Campaign campaign) {
        for (HasValidation field : List.<HasValidation>of(title, deadline, firstAnnex)) {
            field.setInvalid(false);
        }
        title.setValue(campaign.getTitle());
        deadline.setValue(campaign.getDeadline());
        firstAnnex.setValue(campaign.getFirstAnnexNumber());
        directorValidation.setValue(campaign.isDirectorValidationRequired());
        settingsVersion = campaign.getVersion();
    }

    /** After one of this page's own changes: the settings form may still be saved, unless someone else changed the campaign too. */
    private void reloadAfterOwnChange(Campaign changed, long versionBefore) {
        if (changed.getVersion() == versionBefore + 1 && settingsVersion == versionBefore) {
            settingsVersion = changed.getVersion();
        }
        show(campaigns.overview(changed.getId()));
    }

    // --- status

    private Button statusButton(Campaign campaign, CampaignStatus target) {
        String action = switch (target) {
            case OPEN -> campaign.getStatus() == CampaignStatus.PREPARATION ? "open" : "reopen";
            case CLOSED -> campaign.getStatus() == CampaignStatus.PUBLISHED ? "unpublish" : "close";
            case PUBLISHED -> "publish";
            case PREPARATION -> throw new IllegalStateException("no way back to preparation");
        };
        Button button = new Button(getTranslation("admin.campaigns.status.action." + action));
        button.setId("status-" + action);
        if (!action.equals("unpublish") && !action.equals("reopen")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("confirm-status");
            confirm.setHeader(getTranslation("admin.campaigns.status.confirm." + action + ".title"));
            confirm.setText(getTranslation("admin.campaigns.status.confirm." + action + ".text", campaign.getTitle()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("admin.campaigns.status.action." + action));
            confirm.addConfirmListener(c -> changeStatus(target));
            confirm.open();
        });
        return button;
    }

    private void changeStatus(CampaignStatus target) {
        long before = overview.campaign().getVersion();
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.changeStatus(overview.campaign().getId(), target);
            Notifications.success(this, "admin.campaigns.status.changed", changed.getTitle(), changed.getStatus());
            reloadAfterOwnChange(changed, before);
        });
    }

    // --- settings

    private Div settingsForm() {
        title.setLabel(getTranslation("admin.campaigns.field.title"));
        title.setId("settings-title");
        title.setRequiredIndicatorVisible(true);
        deadline.setId("settings-deadline");
        deadline.setRequiredIndicatorVisible(true);
        firstAnnex.setLabel(getTranslation("admin.campaigns.field.firstAnnex"));
        firstAnnex.setHelperText(getTranslation("admin.campaigns.field.firstAnnex.helper"));
        firstAnnex.setId("settings-first-annex");
        firstAnnex.setStepButtonsVisible(true);
        directorValidation.setLabel(getTranslation("admin.campaigns.field.directorValidation"));
        directorValidation.setHelperText(getTranslation("admin.campaigns.field.directorValidation.helper"));
        directorValidation.setId("settings-director-validation");
        for (HasValidation field : List.<HasValidation>of(title, deadline, firstAnnex)) {
            field.setManualValidation(true);
        }
        save.setText(getTranslation("action.save"));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveSettings());

        FormLayout form = new FormLayout(title, deadline, firstAnnex, directorValidation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(title, 2);
        form.setColspan(directorValidation, 2);
        Div settings = new Div(form, save);
        settings.addClassName("recueil-settings-form");
        return settings;
    }

    private void saveSettings() {
        for (HasValidation field : List.<HasValidation>of(title, deadline, firstAnnex)) {
            field.setInvalid(false);
        }
        try {
            // An empty annex number is sent as 0 so that the campaign itself says what it accepts.
            Campaign saved = campaigns.configure(overview.campaign().getId(), title.getValue(), deadline.getValue(),
                    directorValidation.getValue(), firstAnnex.getValue() == null ? 0 : firstAnnex.getValue(), settingsVersion);
            settingsVersion = saved.getVersion();
            Notifications.success(this, "admin.campaigns.settings.saved", saved.getTitle());
            show(campaigns.overview(saved.getId()));
        } catch (BusinessException refusal) {
            String key = refusal.messageKey();
            HasValidation field = key.startsWith("error.campaign.title") ? title
                    : key.startsWith("error.campaign.deadline") ? deadline
                    : key.equals("error.campaign.firstAnnex") ? firstAnnex : null;
            if (field != null) {
                field.setErrorMessage(Notifications.message(this, refusal));
                field.setInvalid(true);
            }
            Notifications.error(this, refusal);
        } catch (OptimisticLockingFailureException | AccessDeniedException refusal) {
            Notifications.error(this, refusal);
        }
    }

    // --- deadlines by direction

    private Grid<DirectionDeadline> deadlinesGrid() {
        deadlines.setId("deadlines-grid");
        deadlines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        deadlines.setAllRowsVisible(true);
        deadlines.addComponentColumn(this::directionCell)
                .setHeader(getTranslation("admin.campaigns.deadlines.column.direction")).setFlexGrow(3).setKey("direction");
        deadlines.addColumn(d -> d.poleName() == null ? getTranslation("report.part.STAND_ALONE") : d.poleName())
                .setHeader(getTranslation("admin.campaigns.deadlines.column.pole")).setFlexGrow(2).setKey("pole");
        deadlines.addComponentColumn(this::effectiveDeadlineCell)
                .setHeader(getTranslation("admin.campaigns.deadlines.column.deadline")).setAutoWidth(true).setFlexGrow(0)
                .setKey("deadline");
        deadlines.addComponentColumn(this::overrideCell)
                .setHeader(getTranslation("admin.campaigns.deadlines.column.own")).setWidth("15rem").setFlexGrow(0).setKey("own");
        return deadlines;
    }

    private Div directionCell(DirectionDeadline direction) {
        Div cell = new Div(new Span(direction.name()));
        cell.addClassName("recueil-cell-stack");
        if (!direction.shortName().equals(direction.name())) {
            Span acronym = new Span(direction.shortName());
            acronym.addClassName("recueil-muted");
            cell.add(acronym);
        }
        return cell;
    }

    private Div effectiveDeadlineCell(DirectionDeadline direction) {
        Span date = new Span(Formats.date(direction.deadline().deadline(), getLocale()));
        Span origin = new Span(getTranslation(direction.hasOwnDeadline()
                ? "admin.campaigns.deadlines.ownDate" : "admin.campaigns.deadlines.campaignDate"));
        origin.addClassName(direction.hasOwnDeadline() ? "recueil-own-date" : "recueil-muted");
        Div cell = new Div(date, origin);
        cell.addClassName("recueil-cell-stack");
        return cell;
    }

    private Div overrideCell(DirectionDeadline direction) {
        FrenchDatePicker picker = new FrenchDatePicker(null);
        picker.setId("own-deadline-" + direction.directionId());
        picker.setAriaLabel(getTranslation("admin.campaigns.deadlines.column.own") + " – " + direction.shortName());
        picker.setValue(direction.ownDeadline());
        picker.setManualValidation(true);
        picker.setReadOnly(overview.frozen());
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                overrideDeadline(direction, e.getValue(), picker);
            }
        });
        Button reset = new Button(VaadinIcon.ROTATE_LEFT.create(), e -> overrideDeadline(direction, null, picker));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        reset.setId("reset-deadline-" + direction.directionId());
        reset.setAriaLabel(getTranslation("admin.campaigns.deadlines.reset"));
        reset.setTooltipText(getTranslation("admin.campaigns.deadlines.reset"));
        reset.setVisible(direction.hasOwnDeadline() && !overview.frozen());
        Div cell = new Div(picker, reset);
        cell.addClassName("recueil-override-cell");
        return cell;
    }

    private void overrideDeadline(DirectionDeadline direction, LocalDate date, FrenchDatePicker picker) {
        long before = overview.campaign().getVersion();
        try {
            Campaign changed = campaigns.overrideDeadline(overview.campaign().getId(), direction.directionId(), date);
            if (date == null) {
                Notifications.success(this, "admin.campaigns.deadlines.resetDone", direction.shortName());
            } else {
                Notifications.success(this, "admin.campaigns.deadlines.saved", direction.shortName(),
                        Formats.date(date, getLocale()));
            }
            reloadAfterOwnChange(changed, before);
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException refusal) {
            // The date stays as typed, marked, so the user sees what was refused and why.
            picker.setErrorMessage(Notifications.message(this, refusal));
            picker.setInvalid(true);
            Notifications.error(this, refusal);
        }
    }

    // --- outline

    private Paragraph outlineHelp() {
        Paragraph help = new Paragraph(getTranslation("admin.campaigns.outline.help"));
        help.addClassName("recueil-muted");
        return help;
    }

    private Grid<ChapterLine> outlineGrid() {
        outline.setId("outline-grid");
        outline.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        outline.setAllRowsVisible(true);
        outline.addColumn(c -> Labels.annex(this, c.annexNumber()))
                .setHeader(getTranslation("admin.campaigns.outline.column.annex")).setWidth("7.5rem").setFlexGrow(0).setKey("annex");
        outline.addColumn(ChapterLine::title)
                .setHeader(getTranslation("admin.campaigns.outline.column.title")).setWidth("18rem").setFlexGrow(4).setKey("title");
        outline.addColumn(c -> Labels.part(this, c.partTitle()))
                .setHeader(getTranslation("admin.campaigns.outline.column.part")).setWidth("12rem").setFlexGrow(2).setKey("part");
        outline.addColumn(ChapterLine::directionShortName)
                .setHeader(getTranslation("admin.campaigns.outline.column.writtenBy")).setWidth("9rem").setFlexGrow(1)
                .setKey("writtenBy");
        outline.addComponentColumn(this::moveButtons).setWidth("6.5rem").setFlexGrow(0).setKey("move");
        outline.setPartNameGenerator(c -> c.position() > 0
                && !java.util.Objects.equals(overview.chapters().get(c.position() - 1).partId(), c.partId()) ? "part-start" : null);

        outline.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        outline.addDragEndListener(e -> dragged = null);
        outline.addDropListener(e -> {
            ChapterLine target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || e.getDropLocation() == GridDropLocation.EMPTY) {
                return;
            }
            boolean after = e.getDropLocation() == GridDropLocation.BELOW;
            int newIndex = target.position() + (after ? 1 : 0) - (dragged.position() < target.position() + (after ? 1 : 0) ? 1 : 0);
            if (overview.canMove(dragged, newIndex)) {
                move(dragged, newIndex);
            }
        });
        return outline;
    }

    private Div moveButtons(ChapterLine chapter) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(chapter, chapter.position() - 1));
        up.setId("move-up-" + chapter.entryId());
        up.setAriaLabel(getTranslation("report.moveUp", chapter.title()));
        up.setTooltipText(getTranslation("action.moveUp"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(chapter, chapter.position() + 1));
        down.setId("move-down-" + chapter.entryId());
        down.setAriaLabel(getTranslation("report.moveDown", chapter.title()));
        down.setTooltipText(getTranslation("action.moveDown"));
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        }
        up.setEnabled(overview.canMove(chapter, chapter.position() - 1));
        down.setEnabled(overview.canMove(chapter, chapter.position() + 1));
        Div buttons = new Div(up, down);
        buttons.addClassName("recueil-move-buttons");
        buttons.setVisible(!overview.frozen());
        return buttons;
    }

    private void move(ChapterLine chapter, int newIndex) {
        long before = overview.campaign().getVersion();
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.moveOutlineEntry(overview.campaign().getId(), chapter.entryId(), newIndex);
            Notifications.success(this, "admin.campaigns.outline.moved", chapter.title(),
                    changed.getFirstAnnexNumber() + newIndex);
            reloadAfterOwnChange(changed, before);
        });
    }

    @Override
    public String getPageTitle() {
        String name = overview == null ? getTranslation("admin.campaigns.title") : overview.campaign().getTitle();
        return name + " · Recueil";
    }
}

package fr.recueil.campaign.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOverview;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.OutlinePart;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.function.Consumer;

/**
 * One heading of the report's outline with its chapters in order: the transversal chapters, or a
 * part that DIRCOM renames in place, moves, removes when empty, and refills with "Déplacer vers…".
 * After each change the page is drawn again from what the service saved.
 */
final class OutlinePartCard extends Section {

    private final transient CampaignService campaigns;
    private final transient Consumer<CampaignOverview> show;
    private final CampaignOverview overview;
    private final OutlinePart part;
    private final List<OutlinePart> movable;
    private final Div head = new Div();

    OutlinePartCard(CampaignService campaigns, CampaignOverview overview, OutlinePart part, List<OutlinePart> movable,
                    Consumer<CampaignOverview> show) {
        this.campaigns = campaigns;
        this.show = show;
        this.overview = overview;
        this.part = part;
        this.movable = movable;
        addClassName("recueil-outline-part");
        setId(part.transversal() ? "part-transversal" : "part-" + part.partId());
        head.addClassName("recueil-outline-part-head");
        showTitle();
        add(head);
        if (part.chapters().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("report.part.empty"));
            empty.addClassNames("recueil-muted", "recueil-outline-empty");
            add(empty);
        } else {
            OrderedList chapters = new OrderedList();
            chapters.addClassName("recueil-toc-chapters");
            part.chapters().forEach(chapter -> chapters.add(entry(chapter)));
            add(chapters);
        }
    }

    private void showTitle() {
        head.removeAll();
        H2 heading = new H2(Labels.part(this, part.title()));
        heading.addClassName("recueil-toc-part");
        head.add(heading);
        if (!part.transversal()) {
            Span count = new Span(getTranslation("report.part.count", part.chapters().size()));
            count.addClassNames("recueil-muted", "recueil-outline-count");
            head.add(count);
        }
        if (!overview.frozen() && !part.transversal()) {
            head.add(partActions());
        }
    }

    private Div partActions() {
        int index = movable.indexOf(part);
        Button edit = icon(VaadinIcon.EDIT, "rename-part-", getTranslation("report.part.rename", part.title()), e -> editTitle());
        Button up = icon(VaadinIcon.ARROW_UP, "move-part-up-", getTranslation("report.part.moveUp", part.title()),
                e -> movePart(index - 1));
        up.setEnabled(index > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, "move-part-down-", getTranslation("report.part.moveDown", part.title()),
                e -> movePart(index + 1));
        down.setEnabled(index < movable.size() - 1);
        Button delete = icon(VaadinIcon.TRASH, "delete-part-", getTranslation("report.part.delete", part.title()),
                e -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!part.chapters().isEmpty()) {
            delete.setTooltipText(getTranslation("report.part.deleteNotEmpty"));
        }
        Div actions = new Div(edit, up, down, delete);
        actions.addClassName("recueil-move-buttons");
        return actions;
    }

    private Button icon(VaadinIcon icon, String idPrefix, String label,
                        ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(icon.create(), action);
        button.setId(idPrefix + part.partId());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        return button;
    }

    /** The title becomes a field; a refused title stays typed, with the reason under it. */
    private void editTitle() {
        head.removeAll();
        TextField field = new TextField();
        field.setId("part-title-" + part.partId());
        field.setAriaLabel(getTranslation("report.part.titleLabel"));
        field.setValue(part.title());
        field.addClassName("recueil-outline-title-field");
        field.setAutofocus(true);
        Button save = new Button(getTranslation("action.save"), e -> rename(field));
        save.setId("save-part-title-" + part.partId());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> showTitle());
        cancel.setId("cancel-part-title-" + part.partId());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        field.addKeyDownListener(Key.ENTER, e -> rename(field));
        field.addKeyDownListener(Key.ESCAPE, e -> showTitle());
        Div editing = new Div(field, save, cancel);
        editing.addClassName("recueil-outline-title-editing");
        head.add(editing);
        field.focus();
    }

    private void rename(TextField field) {
        try {
            Campaign changed = campaigns.renamePart(overview.campaign().getId(), part.partId(), field.getValue());
            String title = changed.part(part.partId()).orElseThrow().getTitle();
            Notifications.success(this, "report.part.renamed", title);
            show.accept(campaigns.overview(changed.getId()));
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException failure) {
            field.setErrorMessage(Notifications.message(this, failure));
            field.setInvalid(true);
        }
    }

    private void movePart(int newIndex) {
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.movePart(overview.campaign().getId(), part.partId(), newIndex);
            Notifications.success(this, "report.part.moved", part.title(), newIndex + 1);
            show.accept(campaigns.overview(changed.getId()));
        });
    }

    /** An empty part goes after a confirmation; for another, the service says what to do first. */
    private void delete() {
        if (!part.chapters().isEmpty()) {
            remove();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-delete-part");
        dialog.setHeader(getTranslation("report.part.deleteTitle"));
        dialog.setText(getTranslation("report.part.deleteText", part.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        // Closed first, so that the notification does not open inside it.
        dialog.addConfirmListener(e -> {
            dialog.close();
            remove();
        });
        dialog.open();
    }

    private void remove() {
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.removePart(overview.campaign().getId(), part.partId());
            Notifications.success(this, "report.part.deleted", part.title());
            show.accept(campaigns.overview(changed.getId()));
        });
    }

    private ListItem entry(ChapterLine chapter) {
        Span annex = new Span(Labels.annex(this, chapter.annexNumber()));
        annex.addClassName("recueil-toc-annex");
        Span dash = new Span("—");
        dash.addClassName("recueil-toc-dash");
        Span title = new Span(chapter.title());
        title.addClassName("recueil-toc-title");
        Span writtenBy = new Span(getTranslation("report.writtenBy", chapter.directionShortName()));
        writtenBy.addClassNames("recueil-muted", "recueil-toc-writer");
        ListItem item = new ListItem(annex, dash, title, writtenBy);
        item.addClassName("recueil-toc-entry");
        item.setId("toc-" + chapter.entryId());
        if (!overview.frozen()) {
            Div actions = new Div();
            actions.addClassName("recueil-toc-actions");
            if (!part.transversal() && movable.size() > 1) {
                actions.add(moveTo(chapter));
            }
            actions.add(moveButtons(chapter));
            item.add(actions);
        }
        return item;
    }

    private Select<OutlinePart> moveTo(ChapterLine chapter) {
        Select<OutlinePart> select = new Select<>();
        select.setId("move-to-" + chapter.entryId());
        select.addClassName("recueil-move-to");
        select.setPlaceholder(getTranslation("report.moveTo"));
        select.setAriaLabel(getTranslation("report.moveToLabel", chapter.title()));
        select.setItems(movable.stream().filter(p -> !p.partId().equals(part.partId())).toList());
        select.setItemLabelGenerator(OutlinePart::title);
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.addValueChangeListener(e -> moveToPart(chapter, e.getValue()));
        return select;
    }

    private void moveToPart(ChapterLine chapter, OutlinePart target) {
        if (target == null) {
            return;
        }
        boolean moved = Notifications.attempt(this, () -> {
            long campaignId = campaigns.moveEntryToPart(overview.campaign().getId(), chapter.entryId(), target.partId()).getId();
            CampaignOverview changed = campaigns.overview(campaignId);
            int annex = changed.chapters().stream().filter(c -> c.entryId() == chapter.entryId())
                    .findFirst().map(ChapterLine::annexNumber).orElse(0);
            Notifications.success(this, "report.movedToPart", chapter.title(), target.title(), annex);
            show.accept(changed);
        });
        if (!moved) {
            show.accept(campaigns.overview(overview.campaign().getId()));
        }
    }

    private Div moveButtons(ChapterLine chapter) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(chapter, chapter.position() - 1));
        up.setId("move-up-" + chapter.entryId());
        up.setAriaLabel(getTranslation("report.moveUp", chapter.title()));
        up.setTooltipText(getTranslation("action.moveUp"));
        up.setEnabled(overview.canMove(chapter, chapter.position() - 1));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(chapter, chapter.position() + 1));
        down.setId("move-down-" + chapter.entryId());
        down.setAriaLabel(getTranslation("report.moveDown", chapter.title()));
        down.setTooltipText(getTranslation("action.moveDown"));
        down.setEnabled(overview.canMove(chapter, chapter.position() + 1));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        Div buttons = new Div(up, down);
        buttons.addClassName("recueil-move-buttons");
        return buttons;
    }

    private void move(ChapterLine chapter, int newIndex) {
        Notifications.attempt(this, () -> {
            Campaign changed = campaigns.moveOutlineEntry(overview.campaign().getId(), chapter.entryId(), newIndex);
            Notifications.success(this, "report.moved", chapter.title(), changed.getFirstAnnexNumber() + newIndex);
            show.accept(campaigns.overview(changed.getId()));
        });
    }
}

package fr.recueil.chapter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.recueil.base.BusinessException;
import fr.recueil.base.Formats;
import fr.recueil.base.Translations;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.PageMessage;
import fr.recueil.base.ui.ViewHeader;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterConflict;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterPageExtension;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.ChapterTransition;
import fr.recueil.chapter.WorkflowService;
import fr.recueil.organisation.UserService;
import fr.recueil.organisation.ui.PeopleNames;
import fr.recueil.chapter.IncompleteChapter;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.ChapterContent;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chapter editor: a direction fills in its chapter block by block. Nothing typed is ever lost:
 * "Enregistrer" saves the whole chapter with the version the form was loaded from, unsaved changes
 * are saved every 30 seconds and when the user leaves the page (the browser warns before it is
 * closed), a refused save keeps the form filled and says why, and a concurrent save opens both
 * versions side by side. Users who may read but not change the chapter get the same page, read-only.
 */
@Route("chapitres/:id")
@RolesAllowed({"CONTRIBUTOR", "DIRECTOR", "REVIEWER", "COMMUNICATION", "ADMIN"})
class ChapterEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final int AUTOSAVE_MILLIS = 30_000;

    /** Warns before the tab is closed or reloaded while the server knows of unsaved changes, or the user just typed. */
    private static final String UNLOAD_GUARD = """
            window.recueilEditorDirty = $0;
            if (!window.recueilEditorGuard) {
              window.recueilEditorGuard = e => {
                if (window.recueilEditorDirty) { e.preventDefault(); e.returnValue = ''; return ''; }
              };
              window.addEventListener('beforeunload', window.recueilEditorGuard);
            }
            """;
    private static final String TYPING_MARKS_DIRTY = """
            if (!this.recueilTyping) {
              this.recueilTyping = true;
              this.addEventListener('input', () => { window.recueilEditorDirty = true; });
            }
            """;

    private enum Trigger { MANUAL, AUTO, LEAVE }

    private sealed interface Outcome {
    }

    private record Saved() implements Outcome {
    }

    private record Conflicted(ChapterConflict conflict) implements Outcome {
    }

    private record Refused(RuntimeException reason) implements Outcome {
    }

    private final ChapterService chapters;
    private final PeopleNames names;
    private final WorkflowService workflow;
    private final List<BlockCard> cards = new ArrayList<>();
    private final Div blocks = new Div();
    private final Span status = new Span();
    private final PageMessage message = new PageMessage();

    private long chapterId;
    private ChapterSummary summary;
    private long version;
    private boolean canEdit;
    private Optional<Chapter> lastYear = Optional.empty();
    private EditorContext context;
    private ChapterContent baseline = ChapterContent.empty();
    private boolean dirty;
    private boolean loading;
    private boolean leaving;
    private boolean dialogOpen;
    private CompletenessPanel completeness;
    private Button save;
    private Registration pollRegistration;
    private final List<ChapterPageExtension> extensions;
    private final List<ChapterPageExtension.HeaderPart> headerParts = new ArrayList<>();
    private Function<String, Optional<Component>> besideBlocks = id -> Optional.empty();

    ChapterEditorView(ChapterService chapters, List<ChapterPageExtension> extensions, UserService users,
                      WorkflowService workflow) {
        this.chapters = chapters;
        this.workflow = workflow;
        this.names = new PeopleNames(users);
        this.extensions = List.copyOf(extensions);
        addClassName("recueil-page");
        addClassName("recueil-editor");
        blocks.addClassName("recueil-blocks");
        blocks.setId("blocks");
        status.addClassName("recueil-save-status");
        status.setId("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        message.setId("editor-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Chapter chapter;
        try {
            chapterId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            summary = chapters.summary(chapterId);
            chapter = chapters.chapter(chapterId);
            canEdit = chapters.canEdit(chapterId);
            lastYear = canEdit ? chapters.previousYearChapter(chapterId) : Optional.empty();
        } catch (NumberFormatException | AccessDeniedException e) {
            // The same answer for a chapter of another direction and for one that does not exist: no data shown.
            removeAll();
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        leaving = false;
        message.clear();
        build(chapter);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!canEdit || !dirty || leaving) {
            return;
        }
        switch (trySave(Trigger.LEAVE, version)) {
            case Saved saved -> {
                // saved: the navigation goes on
            }
            case Conflicted conflicted -> {
                BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
                openConflict(conflicted.conflict(), action);
            }
            case Refused refused -> {
                BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
                confirmLeavingUnsaved(Notifications.message(this, refused.reason()), action);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (summary == null ? getTranslation("editor.pageTitle") : summary.title()) + " · Recueil";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollRegistration = event.getUI().addPollListener(e -> autosave());
        if (canEdit) {
            getElement().executeJs(TYPING_MARKS_DIRTY);
            updateUnloadGuard();
            event.getUI().setPollInterval(dirty ? AUTOSAVE_MILLIS : -1);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
        event.getUI().getPage().executeJs("window.recueilEditorDirty = false;");
        super.onDetach(event);
    }

    /** What the workflow's actions in the header ask of this page. */
    private final ChapterPageExtension.ChapterPage page = new ChapterPageExtension.ChapterPage() {
        @Override
        public void changed(String text) {
            showAgain();
            message.success(text);
        }

        @Override
        public void refused(RuntimeException reason) {
            String text = Notifications.message(ChapterEditorView.this, reason);
            List<Component> fixes = new ArrayList<>();
            if (reason instanceof IncompleteChapter incomplete) {
                for (Block block : incomplete.blocksToFix(currentContent())) {
                    NativeButton goTo = new NativeButton(getTranslation("editor.fix.goTo", block.title()), e -> goToBlock(block.id()));
                    goTo.addClassName("recueil-link-button");
                    goTo.getElement().setAttribute("data-block", block.id());
                    fixes.add(goTo);
                }
            }
            showAgain();
            message.refusal(text, fixes.toArray(Component[]::new));
        }
    };

    /**
     * After a workflow action: the chapter shown again in place, with its new state and rights
     * (read-only once submitted); no page reload, so the message saying what happened stays.
     */
    private void showAgain() {
        Chapter chapter;
        try {
            summary = chapters.summary(chapterId);
            chapter = chapters.chapter(chapterId);
            canEdit = chapters.canEdit(chapterId);
            lastYear = canEdit ? chapters.previousYearChapter(chapterId) : Optional.empty();
        } catch (AccessDeniedException gone) {
            getUI().ifPresent(ui -> ui.navigate(""));
            return;
        }
        build(chapter);
        getUI().ifPresent(ui -> {
            if (canEdit) {
                getElement().executeJs(TYPING_MARKS_DIRTY);
            }
            updateUnloadGuard();
            ui.setPollInterval(canEdit && dirty ? AUTOSAVE_MILLIS : -1);
        });
    }

    /** Workflow actions act on what is stored: while there are unsaved changes they wait. */
    private void refreshHeaderParts(boolean unsaved) {
        if (headerParts.isEmpty()) {
            return;
        }
        Chapter stored = unsaved ? null : chapters.chapter(chapterId);
        for (ChapterPageExtension.HeaderPart part : headerParts) {
            part.component().getElement().setEnabled(!unsaved);
            part.component().getElement().setAttribute("title", unsaved ? getTranslation("editor.workflow.saveFirst") : "");
            if (stored != null) {
                part.show(stored);
            }
        }
    }

    // --- building the page

    private void build(Chapter chapter) {
        removeAll();
        cards.clear();
        context = new EditorContext(chapters, chapterId, summary.campaignYear(), !canEdit, this::changed);
        completeness = new CompletenessPanel(this::goToBlock);

        ViewHeader header = new ViewHeader(summary.title());
        header.setId("editor-header");
        List<Component> actions = new ArrayList<>();
        if (lastYear.isPresent()) {
            Button prefill = new Button(getTranslation("editor.prefill"), VaadinIcon.TIME_BACKWARD.create(), e -> askPrefill());
            prefill.setId("prefill");
            prefill.setTooltipText(getTranslation("editor.prefill.tooltip", summary.campaignYear() - 1));
            actions.add(prefill);
        }
        Button preview = new Button(getTranslation("editor.preview"), VaadinIcon.EYE.create(), e -> openPreview());
        preview.setId("preview");
        actions.add(preview);
        if (canEdit) {
            save = new Button(getTranslation("editor.save"), VaadinIcon.CHECK.create(), e -> trySave(Trigger.MANUAL, version));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save");
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            actions.add(save);
        }
        header.withActions(actions.toArray(Component[]::new));
        add(header, facts(), message, status);
        headerParts.clear();
        List<Function<String, Optional<Component>>> decorations = new ArrayList<>();
        for (ChapterPageExtension extension : extensions) {
            extension.header(chapterId, page).ifPresent(part -> {
                headerParts.add(part);
                part.show(chapter);
                add(part.component());
            });
            decorations.add(extension.besideBlocks(chapterId));
        }
        besideBlocks = blockId -> decorations.stream().map(d -> d.apply(blockId)).flatMap(Optional::stream).findFirst();
        if (!canEdit) {
            add(readOnlyNotice(chapter.getState()));
        }
        sentBackNotice(chapter).ifPresent(this::add);

        Div main = new Div(blocks);
        main.addClassName("recueil-editor-main");
        if (canEdit) {
            main.add(addBlockMenu());
        }
        Aside aside = new Aside(completeness);
        aside.addClassName("recueil-editor-aside");
        Div layout = new Div(main, aside);
        layout.addClassName("recueil-editor-layout");
        add(layout);

        load(chapter.getContent(), chapter.getVersion());
        showLastSave(chapter);
    }

    private Div facts() {
        Div facts = new Div();
        facts.addClassName("recueil-editor-facts");
        Span annex = new Span(getTranslation("editor.annex", summary.annexNumber()));
        annex.addClassName("recueil-editor-annex");
        facts.add(annex);
        if (!summary.directionName().isBlank() && !summary.directionName().equals(summary.title())) {
            facts.add(new Span(summary.directionName()));
        }
        Span state = new Span(getTranslation(summary.state().labelKey()));
        state.addClassName("recueil-badge");
        state.addClassName(switch (summary.state()) {
            case APPROVED -> "success";
            case CHANGES_REQUESTED -> "warning";
            case DRAFT -> "draft";
            default -> "contrast";
        });
        state.setId("chapter-state");
        facts.add(state);
        if (summary.deadline() != null) {
            Span deadline = new Span(getTranslation("editor.deadline", Formats.date(summary.deadline(), getLocale())));
            deadline.addClassName("recueil-editor-deadline");
            facts.add(deadline);
        }
        return facts;
    }

    /**
     * While the chapter is "À reprendre": the reviewer's reason, who gave it and when, and the comments
     * still unresolved, at the top of the page where the direction works, each taking them to its block.
     */
    private Optional<Div> sentBackNotice(Chapter chapter) {
        if (chapter.getState() != ChapterState.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        List<ChapterTransition> history = workflow.history(chapterId);
        Optional<ChapterTransition> sentBack = history.reversed().stream()
                .filter(t -> t.getToState() == ChapterState.CHANGES_REQUESTED).findFirst();
        Div notice = new Div();
        notice.addClassName("recueil-sent-back");
        notice.setId("sent-back");
        notice.getElement().setAttribute("role", "region");
        notice.getElement().setAttribute("aria-labelledby", "sent-back-title");
        H2 title = new H2(getTranslation("editor.sentBack.title"));
        title.setId("sent-back-title");
        notice.add(title);
        sentBack.ifPresent(t -> {
            notice.add(new Paragraph(getTranslation(t.getVerb() == fr.recueil.chapter.WorkflowVerb.REOPEN
                    ? "editor.sentBack.reopenedBy" : "editor.sentBack.by", names.of(t.getActor()),
                    Formats.dateTime(t.getOccurredAt(), getLocale()))));
            Paragraph reason = new Paragraph(t.getReason() == null ? "" : t.getReason());
            reason.addClassName("recueil-sent-back-reason");
            reason.setId("sent-back-reason");
            notice.add(reason);
        });
        List<ChapterPageExtension.OpenPoint> open = extensions.stream()
                .flatMap(e -> e.openPoints(chapterId).stream()).toList();
        if (!open.isEmpty()) {
            notice.add(new Paragraph(getTranslation("editor.sentBack.comments", open.size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("recueil-sent-back-comments");
            for (ChapterPageExtension.OpenPoint point : open) {
                String where = chapter.getContent().block(point.blockId()).map(Block::title).orElse("");
                NativeButton goTo = new NativeButton(getTranslation("editor.sentBack.comment", where, point.author(), point.text()),
                        e -> goToBlock(point.blockId()));
                goTo.addClassName("recueil-link-button");
                goTo.getElement().setAttribute("data-block", point.blockId());
                list.add(new ListItem(goTo));
            }
            notice.add(list);
        }
        return Optional.of(notice);
    }

    private Div readOnlyNotice(ChapterState state) {
        Div notice = new Div(VaadinIcon.LOCK.create(), new Span(state.isEditable()
                ? getTranslation("editor.readOnly.other")
                : getTranslation("editor.readOnly.state", state)));
        notice.addClassName("recueil-editor-readonly");
        notice.setId("read-only-notice");
        return notice;
    }

    private MenuBar addBlockMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("add-block");
        menu.addClassName("recueil-add-block");
        menu.addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        MenuItem root = menu.addItem(new Span(VaadinIcon.PLUS.create(), new Span(getTranslation("editor.blocks.add"))));
        for (BlockType type : BlockType.values()) {
            MenuItem item = root.getSubMenu().addItem(getTranslation(type.labelKey()), e -> addBlock(type));
            item.setId("add-block-" + type.name());
        }
        return menu;
    }

    /** Fills the form from stored content: what it then holds is the reference for "unsaved changes". */
    private void load(ChapterContent content, long loadedVersion) {
        loading = true;
        try {
            cards.clear();
            for (Block block : content.blocks()) {
                cards.add(card(block));
            }
            renderBlocks();
        } finally {
            loading = false;
        }
        version = loadedVersion;
        baseline = currentContent();
        setDirty(false);
        completeness.update(baseline);
    }

    private BlockCard card(Block block) {
        BlockCard card = newCard(block);
        besideBlocks.apply(block.id()).ifPresent(card::add);
        return card;
    }

    private BlockCard newCard(Block block) {
        return new BlockCard(BlockEditor.of(block, context), !canEdit, new BlockCard.Actions() {
            @Override
            public void move(BlockCard card, int delta) {
                moveBlock(card, delta);
            }

            @Override
            public void remove(BlockCard card) {
                askRemoveBlock(card);
            }
        });
    }

    private void renderBlocks() {
        blocks.removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).position(i, cards.size());
            blocks.add(cards.get(i));
        }
    }

    /** The chapter as the form holds it now, typed values as they are. */
    ChapterContent currentContent() {
        return new ChapterContent(cards.stream().<Block>map(card -> card.editor().getBlock()).toList());
    }

    // --- changes

    private void changed() {
        if (loading) {
            return;
        }
        ChapterContent now = currentContent();
        setDirty(!now.equals(baseline));
        completeness.update(now);
    }

    private void setDirty(boolean value) {
        boolean was = dirty;
        dirty = value;
        if (save != null) {
            save.setEnabled(value);
        }
        if (value && !was) {
            status.setText(getTranslation("editor.status.dirty"));
            status.getElement().setAttribute("data-state", "dirty");
        }
        updateUnloadGuard();
        if (was != value || !value) {
            refreshHeaderParts(value);
        }
        if (canEdit) {
            getUI().ifPresent(ui -> ui.setPollInterval(value ? AUTOSAVE_MILLIS : -1));
        }
    }

    private void updateUnloadGuard() {
        if (canEdit) {
            getUI().ifPresent(ui -> ui.getPage().executeJs(UNLOAD_GUARD, dirty));
        }
    }

    private void addBlock(BlockType type) {
        BlockCard card = card(ChapterTemplate.newBlock(type, ChapterTemplate.defaultTitle(type)));
        cards.add(card);
        renderBlocks();
        changed();
        card.scrollIntoView();
        card.editor().titleField().focus();
    }

    private void moveBlock(BlockCard card, int delta) {
        int index = cards.indexOf(card);
        int target = index + delta;
        if (index < 0 || target < 0 || target >= cards.size()) {
            return;
        }
        cards.set(index, cards.get(target));
        cards.set(target, card);
        renderBlocks();
        changed();
        card.scrollIntoView();
    }

    private void askRemoveBlock(BlockCard card) {
        if (card.editor().required()) {
            return;
        }
        String title = card.editor().titleField().getValue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.block.remove.question", title.isBlank() ? getTranslation(card.editor().type().labelKey()) : title));
        dialog.setText(getTranslation("editor.block.remove.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.cancel"));
        dialog.setConfirmText(getTranslation("editor.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            cards.remove(card);
            renderBlocks();
            changed();
        });
        dialog.open();
    }

    private void goToBlock(String blockId) {
        cards.stream().filter(c -> c.editor().blockId().equals(blockId)).findFirst().ifPresent(card -> {
            card.scrollIntoView();
            card.editor().titleField().focus();
        });
    }

    // --- saving

    private void autosave() {
        if (canEdit && dirty && !dialogOpen) {
            trySave(Trigger.AUTO, version);
        }
    }

    private Outcome trySave(Trigger trigger, long expectedVersion) {
        ChapterContent content = currentContent();
        try {
            Chapter saved = chapters.save(chapterId, expectedVersion, content);
            version = saved.getVersion();
            baseline = content;
            setDirty(!currentContent().equals(baseline));
            status.setText(getTranslation(trigger == Trigger.AUTO ? "editor.status.autosaved" : "editor.status.saved",
                    time(saved.getUpdatedAt())));
            status.getElement().setAttribute("data-state", "saved");
            closeErrorNotifications();
            if (trigger == Trigger.MANUAL) {
                Notifications.success(this, "editor.saved");
            }
            return new Saved();
        } catch (ChapterConflict conflict) {
            if (trigger != Trigger.LEAVE) {
                openConflict(conflict, null);
            }
            return new Conflicted(conflict);
        } catch (BusinessException | AccessDeniedException | OptimisticLockingFailureException refusal) {
            String message = Notifications.message(this, refusal);
            status.setText(getTranslation(trigger == Trigger.AUTO ? "editor.status.autosaveFailed" : "editor.status.failed", message));
            status.getElement().setAttribute("data-state", "failed");
            if (trigger == Trigger.MANUAL) {
                Notifications.error(this, refusal);
            }
            return new Refused(refusal);
        }
    }

    private void confirmLeavingUnsaved(String reason, BeforeLeaveEvent.ContinueNavigationAction action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leave-dialog");
        dialog.setHeader(getTranslation("editor.leave.title"));
        dialog.setText(getTranslation("editor.leave.text", reason));
        dialog.setConfirmText(getTranslation("editor.leave.stay"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("editor.leave.discard"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> {
            leaving = true;
            dirty = false;
            updateUnloadGuard();
            action.proceed();
        });
        dialog.open();
    }

    // --- conflict

    private void openConflict(ChapterConflict conflict, BeforeLeaveEvent.ContinueNavigationAction leaveAction) {
        status.setText(getTranslation("editor.status.conflict", names.of(conflict.theirAuthor())));
        status.getElement().setAttribute("data-state", "failed");
        dialogOpen = true;
        ConflictDialog dialog = new ConflictDialog(conflict, this::currentContent, context, new ConflictDialog.Choices() {
            @Override
            public void keepMine(ChapterConflict c) {
                if (trySave(Trigger.MANUAL, c.theirVersion()) instanceof Saved && leaveAction != null) {
                    leaving = true;
                    leaveAction.proceed();
                }
            }

            @Override
            public void takeTheirs() {
                Chapter fresh = chapters.chapter(chapterId);
                load(fresh.getContent(), fresh.getVersion());
                showLastSave(fresh);
                Notifications.success(ChapterEditorView.this, "editor.conflict.tookTheirs", names.of(fresh.getUpdatedBy()));
                if (leaveAction != null) {
                    leaving = true;
                    leaveAction.proceed();
                }
            }

            @Override
            public void copyTheirs(Block theirs, int theirIndex) {
                copyBlock(theirs, theirIndex);
            }
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialogOpen = false;
            }
        });
        dialog.open();
    }

    private void copyBlock(Block theirs, int theirIndex) {
        BlockCard copy = card(theirs);
        int existing = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).editor().blockId().equals(theirs.id())) {
                existing = i;
            }
        }
        if (existing >= 0) {
            cards.set(existing, copy);
        } else {
            cards.add(Math.min(Math.max(theirIndex, 0), cards.size()), copy);
        }
        renderBlocks();
        changed();
    }

    // --- last year, preview

    private void askPrefill() {
        int year = summary.campaignYear() - 1;
        if (currentContent().isBlank() && !dirty) {
            prefill(false);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("prefill-dialog");
        dialog.setHeader(getTranslation("editor.prefill.confirm.title", year));
        dialog.setText(getTranslation("editor.prefill.confirm.text", year));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.cancel"));
        dialog.setConfirmText(getTranslation("editor.prefill.confirm.ok", year));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> prefill(true));
        dialog.open();
    }

    private void prefill(boolean replaceExisting) {
        try {
            Chapter prefilled = chapters.prefillFromPreviousYear(chapterId, version, replaceExisting);
            load(prefilled.getContent(), prefilled.getVersion());
            showLastSave(prefilled);
            Notifications.success(this, "editor.prefill.done", summary.campaignYear() - 1);
        } catch (ChapterConflict conflict) {
            openConflict(conflict, null);
        } catch (BusinessException | AccessDeniedException refusal) {
            Notifications.error(this, refusal);
        }
    }

    private void openPreview() {
        Dialog dialog = new Dialog();
        dialog.setId("preview-dialog");
        dialog.addClassName("recueil-preview-dialog");
        dialog.setHeaderTitle(getTranslation("editor.preview.title"));
        dialog.setWidth("min(960px, 96vw)");
        dialog.setMaxHeight("92vh");
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("editor.preview.close"));
        dialog.getHeader().add(close);
        Span note = new Span(getTranslation(dirty ? "editor.preview.unsaved" : "editor.preview.saved"));
        note.addClassName("recueil-preview-note");
        dialog.add(note, new ChapterPreview(context).chapter(summary.annexNumber(), summary.title(), currentContent()));
        dialog.open();
    }

    // --- helpers

    private void showLastSave(Chapter chapter) {
        Instant at = chapter.getUpdatedAt();
        if (at == null) {
            status.setText("");
        } else if (chapter.getVersion() == 0) {
            status.setText(getTranslation("editor.status.created", Formats.dateTime(at, getLocale())));
        } else {
            status.setText(getTranslation("editor.status.lastSave", Formats.dateTime(at, getLocale()), names.of(chapter.getUpdatedBy())));
        }
        status.getElement().setAttribute("data-state", "clean");
    }

    /** A refusal the user has since fixed no longer needs to stay on screen. */
    private void closeErrorNotifications() {
        getUI().ifPresent(ui -> ui.getChildren()
                .filter(Notification.class::isInstance)
                .map(Notification.class::cast)
                .filter(n -> n.getThemeNames().contains("error"))
                .toList()
                .forEach(Notification::close));
    }

    private String time(Instant instant) {
        String pattern = Translations.supported(getLocale()) == Translations.FRENCH ? "HH'h'mm" : "HH:mm";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneId.systemDefault()).format(instant == null ? Instant.now() : instant);
    }

    // --- for tests

    List<BlockCard> cards() {
        return List.copyOf(cards);
    }

    boolean isDirty() {
        return dirty;
    }

    CompletenessPanel completeness() {
        return completeness;
    }

    PageMessage message() {
        return message;
    }

    Span status() {
        return status;
    }

    long loadedVersion() {
        return version;
    }
}

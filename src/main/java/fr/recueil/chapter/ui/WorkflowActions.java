package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.base.ui.Notifications;
import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import fr.recueil.chapter.WorkflowService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The workflow actions the current user may take on a chapter now, as buttons: members submit and
 * recall, the director passes on or returns, reviewers start, approve, request changes, reviewers and
 * administrators reopen. Each calls the server with the version that was loaded; a refusal shows the
 * server's sentence and reloads. The server decides: these buttons only spare people a useless click.
 */
public class WorkflowActions extends Div {

    private final transient WorkflowService workflow;
    private final transient CurrentUser currentUser;
    private final Runnable reload;
    private final Set<WorkflowVerb> offered;
    private boolean historyLink;
    private Chapter chapter;

    /** Every verb the user may take. */
    public WorkflowActions(WorkflowService workflow, CurrentUser currentUser, Runnable reload) {
        this(workflow, currentUser, reload, Set.of(WorkflowVerb.values()));
    }

    /** Only the given verbs (a page offering the reviewer's, or the direction's). */
    public WorkflowActions(WorkflowService workflow, CurrentUser currentUser, Runnable reload, Set<WorkflowVerb> offered) {
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.reload = reload;
        this.offered = Set.copyOf(offered);
        addClassName("recueil-workflow-actions");
        setId("workflow-actions");
    }

    /** Adds a link to the chapter's history page after the buttons. */
    public WorkflowActions withHistoryLink() {
        historyLink = true;
        if (chapter != null) {
            show(chapter);
        }
        return this;
    }

    /** Shows the actions for the chapter as just loaded. */
    public void show(Chapter loaded) {
        this.chapter = loaded;
        removeAll();
        for (WorkflowVerb verb : available(loaded)) {
            add(button(verb));
        }
        if (historyLink) {
            RouterLink link = new RouterLink(getTranslation("review.history.link"), ChapterHistoryView.class,
                    new RouteParameters(ChapterHistoryView.ID, String.valueOf(loaded.getId())));
            link.setId("history-link");
            link.addClassName("recueil-history-link");
            add(link);
        }
    }

    /** The verbs the current user may take now, in the order the buttons show them. */
    List<WorkflowVerb> available(Chapter shown) {
        List<WorkflowVerb> verbs = new ArrayList<>();
        RecueilUser user = currentUser.get().orElse(null);
        if (user == null) {
            return verbs;
        }
        boolean member = (user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.DIRECTOR)) && user.belongsTo(shown.getDirectionId());
        boolean director = user.hasRole(Role.DIRECTOR) && user.belongsTo(shown.getDirectionId());
        boolean reviewer = user.hasRole(Role.REVIEWER);
        boolean admin = user.hasRole(Role.ADMIN);
        ChapterState state = shown.getState();
        switch (state) {
            case DRAFT, CHANGES_REQUESTED -> {
                if (member) {
                    verbs.add(WorkflowVerb.SUBMIT);
                }
            }
            case DIRECTOR_VALIDATION -> {
                if (director) {
                    verbs.add(WorkflowVerb.VALIDATE);
                    verbs.add(WorkflowVerb.RETURN);
                }
            }
            case SUBMITTED -> {
                if (reviewer) {
                    verbs.add(WorkflowVerb.START_REVIEW);
                    verbs.add(WorkflowVerb.APPROVE);
                }
                if (member) {
                    verbs.add(WorkflowVerb.RECALL);
                }
            }
            case IN_REVIEW -> {
                if (reviewer) {
                    verbs.add(WorkflowVerb.APPROVE);
                    verbs.add(WorkflowVerb.REQUEST_CHANGES);
                }
            }
            case APPROVED -> {
                if (reviewer || admin) {
                    verbs.add(WorkflowVerb.REOPEN);
                }
            }
        }
        verbs.retainAll(offered);
        return verbs;
    }

    private Button button(WorkflowVerb verb) {
        Button button = new Button(getTranslation("review.action." + verb.name()));
        button.setId("action-" + verb.name().toLowerCase().replace('_', '-'));
        button.getElement().setAttribute("data-verb", verb.name());
        switch (verb) {
            case SUBMIT, VALIDATE, APPROVE, START_REVIEW -> button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            case REQUEST_CHANGES, RETURN, REOPEN -> button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            default -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        if (verb == WorkflowVerb.APPROVE && chapter.getState() == ChapterState.SUBMITTED) {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(click -> {
            switch (verb) {
                case REQUEST_CHANGES, RETURN, REOPEN -> askReason(verb);
                default -> act(verb, version -> run(verb, version, null));
            }
        });
        return button;
    }

    private void askReason(WorkflowVerb verb) {
        String key = verb.name();
        ReasonDialog dialog = new ReasonDialog(getTranslation("review.reason.title." + key), getTranslation("review.reason.help." + key),
                getTranslation("review.action." + key),
                reason -> {
                    run(verb, chapter.getVersion(), reason);
                    Notifications.success(this, "review.done." + key);
                    reload.run();
                },
                reload);
        dialog.open();
    }

    private void act(WorkflowVerb verb, Consumer<Long> action) {
        boolean done = Notifications.attempt(this, () -> action.accept(chapter.getVersion()));
        if (done) {
            Notifications.success(this, "review.done." + verb.name());
        }
        reload.run();
    }

    private void run(WorkflowVerb verb, long version, String reason) {
        long id = chapter.getId();
        switch (verb) {
            case SUBMIT -> workflow.submit(id, version);
            case VALIDATE -> workflow.validate(id, version);
            case RETURN -> workflow.returnToDraft(id, version, reason);
            case RECALL -> workflow.recall(id, version);
            case START_REVIEW -> workflow.startReview(id, version);
            case REQUEST_CHANGES -> workflow.requestChanges(id, version, reason);
            case APPROVE -> workflow.approve(id, version);
            case REOPEN -> workflow.reopen(id, version, reason);
            case IMPORT -> throw new IllegalArgumentException("not a user's action");
        }
    }
}

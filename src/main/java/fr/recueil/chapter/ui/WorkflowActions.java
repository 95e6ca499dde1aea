package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.Notifications;
import fr.recueil.base.ui.PageMessage;
import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import fr.recueil.chapter.WorkflowService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The workflow actions the current user may take on a chapter now, as buttons: members submit and
 * recall, the director passes on or returns, reviewers start, approve, request changes, reviewers and
 * administrators reopen. Each calls the server with the version that was loaded, then the page shows
 * the chapter again in place with a message saying what happened and what comes next, or why it was
 * refused. The server decides: these buttons only spare people a useless click.
 */
public class WorkflowActions extends Div {

    /** How the page answers an action: by default, a message above the buttons and the page shown again. */
    public interface Feedback {

        /** The action is done; {@code message} says what happened and what comes next. */
        void done(WorkflowVerb verb, Chapter after, String message);

        /** The server refused the action; {@code reason} says why. */
        void refused(WorkflowVerb verb, RuntimeException reason);
    }

    private final transient WorkflowService workflow;
    private final transient CurrentUser currentUser;
    private final Runnable reload;
    private final Set<WorkflowVerb> offered;
    private final PageMessage message = new PageMessage();
    private final Div buttons = new Div();
    private Feedback feedback;
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
        buttons.addClassName("recueil-workflow-actions");
        buttons.setId("workflow-actions");
        message.setId("workflow-message");
        add(message, buttons);
        feedback = new Feedback() {
            @Override
            public void done(WorkflowVerb verb, Chapter after, String text) {
                reload.run();
                message.success(text);
            }

            @Override
            public void refused(WorkflowVerb verb, RuntimeException reason) {
                reload.run();
                message.refusal(Notifications.message(WorkflowActions.this, reason));
            }
        };
    }

    /** The page answers the actions itself (the editor: its own message, with links to what must be fixed). */
    public WorkflowActions withFeedback(Feedback pageFeedback) {
        this.feedback = pageFeedback;
        message.clear();
        return this;
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
        buttons.removeAll();
        for (WorkflowVerb verb : available(loaded)) {
            buttons.add(button(verb));
        }
        if (historyLink) {
            RouterLink link = new RouterLink(getTranslation("review.history.link"), ChapterHistoryView.class,
                    new RouteParameters(ChapterHistoryView.ID, String.valueOf(loaded.getId())));
            link.setId("history-link");
            link.addClassName("recueil-history-link");
            buttons.add(link);
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
            message.clear();
            switch (verb) {
                case REQUEST_CHANGES, RETURN, REOPEN -> askReason(verb);
                default -> act(verb);
            }
        });
        return button;
    }

    private void askReason(WorkflowVerb verb) {
        String key = verb.name();
        ReasonDialog dialog = new ReasonDialog(getTranslation("review.reason.title." + key), getTranslation("review.reason.help." + key),
                getTranslation("review.action." + key),
                reason -> {
                    Chapter after = run(verb, chapter.getVersion(), reason);
                    feedback.done(verb, after, doneMessage(verb, after));
                },
                refusal -> feedback.refused(verb, refusal));
        dialog.open();
    }

    private void act(WorkflowVerb verb) {
        Chapter after;
        try {
            after = run(verb, chapter.getVersion(), null);
        } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException refusal) {
            feedback.refused(verb, refusal);
            return;
        }
        feedback.done(verb, after, doneMessage(verb, after));
    }

    /** What happened and what comes next; a submission says where it went (the director, or DEMO). */
    private String doneMessage(WorkflowVerb verb, Chapter after) {
        boolean toDirector = verb == WorkflowVerb.SUBMIT && after.getState() == ChapterState.DIRECTOR_VALIDATION;
        return getTranslation("review.done." + verb.name() + (toDirector ? ".director" : ""));
    }

    /** The message shown above the buttons (empty when none is shown). */
    public String messageText() {
        return message.text();
    }

    private Chapter run(WorkflowVerb verb, long version, String reason) {
        return workflow.perform(chapter.getId(), version, verb, reason);
    }
}

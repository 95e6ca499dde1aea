package fr.recueil.chapter.ui;

import com.vaadin.flow.component.Component;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterPageExtension;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.security.CurrentUser;
import fr.recueil.chapter.WorkflowService;

import java.util.EnumSet;
import java.util.Optional;

/** On the editing page, the direction's workflow actions (submit, recall, pass on, return) and the history link. */
@org.springframework.stereotype.Component
class EditorWorkflowActions implements ChapterPageExtension {

    private final WorkflowService workflow;
    private final CurrentUser currentUser;

    EditorWorkflowActions(WorkflowService workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<HeaderPart> header(long chapterId, ChapterPage page) {
        WorkflowActions actions = new WorkflowActions(workflow, currentUser, () -> { },
                EnumSet.of(WorkflowVerb.SUBMIT, WorkflowVerb.RECALL, WorkflowVerb.VALIDATE, WorkflowVerb.RETURN))
                .withHistoryLink()
                .withFeedback(new WorkflowActions.Feedback() {
                    @Override
                    public void done(WorkflowVerb verb, Chapter after, String message) {
                        page.changed(message);
                    }

                    @Override
                    public void refused(WorkflowVerb verb, RuntimeException reason) {
                        page.refused(reason);
                    }
                });
        return Optional.of(new HeaderPart() {
            @Override
            public Component component() {
                return actions;
            }

            @Override
            public void show(Chapter chapter) {
                actions.show(chapter);
            }
        });
    }
}

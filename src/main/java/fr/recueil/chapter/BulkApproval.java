package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * "Valider la sélection": approves several chapters one by one, each in its own transaction
 * through {@link WorkflowService#approve}, so that one refusal stops nothing else. Each chapter
 * gets its own history entry, revision and notifications, as if approved alone.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class BulkApproval {

    /** A chapter to approve, as the reviewer saw it. */
    public record Item(long chapterId, long version, String title) {
    }

    /** What happened to one chapter: approved, or refused with the reason (key and arguments). */
    public record Outcome(Item item, boolean approved, RuntimeException failure) {
    }

    private final WorkflowService workflow;

    BulkApproval(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<Outcome> approve(List<Item> items) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            try {
                workflow.perform(item.chapterId(), item.version(), WorkflowVerb.APPROVE);
                outcomes.add(new Outcome(item, true, null));
            } catch (BusinessException | OptimisticLockingFailureException | AccessDeniedException refused) {
                outcomes.add(new Outcome(item, false, refused));
            }
        }
        return outcomes;
    }
}

package fr.recueil.chapter;

import fr.recueil.base.Translatable;

/** The transitions of a chapter's workflow, as the people who make them name them. */
public enum WorkflowVerb implements Translatable {
    SUBMIT,
    VALIDATE,
    RETURN,
    RECALL,
    START_REVIEW,
    REQUEST_CHANGES,
    APPROVE,
    REOPEN,
    IMPORT;

    /** The verb in the infinitive, for messages: "soumettre", "valider"... */
    @Override
    public String labelKey() {
        return "workflow.verb." + name();
    }

    /** The action as the history shows it: "Soumis par…", "Validé par…". */
    public String historyKey() {
        return "workflow.history." + name();
    }
}

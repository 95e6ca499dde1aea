package fr.recueil.chapter;

import fr.recueil.base.Translatable;

/** Who may make a transition, for the message that refuses it to someone else. */
enum WorkflowRole implements Translatable {
    MEMBER,
    DIRECTOR,
    REVIEWER,
    REVIEWER_OR_ADMIN;

    @Override
    public String labelKey() {
        return "workflow.who." + name();
    }
}

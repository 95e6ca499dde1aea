package fr.recueil.campaign;

/**
 * What must hold before a campaign is published: its final report exists. The chapter module says how
 * many of the outline's chapters are not approved; publication is refused while any is not.
 */
public interface PublicationCheck {

    /** How many chapters of the campaign's outline are not approved. */
    long chaptersNotApproved(Campaign campaign);
}

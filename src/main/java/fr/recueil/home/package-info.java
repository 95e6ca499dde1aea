/**
 * The role home pages: the contributor's "Mes chapitres" (what to do next on each chapter of their
 * directions), the staff's dashboard (progress, states, deadlines) and DEMO's review queue. Read
 * models only: they ask the chapter, campaign, organisation and review modules, never their tables.
 */
package fr.recueil.home;

/**
 * The workflow of chapters as the application runs it: who is acting, what the campaign decides,
 * the transitions themselves (verbs of the chapter aggregate), their history and revisions.
 */
package fr.recueil.workflow;

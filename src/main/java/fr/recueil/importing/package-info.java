/**
 * Import of a previous year's report from its Word file: the document is read (defensively: size,
 * zip bombs, encryption, macros), its chapters matched to directions and transversal entries, their
 * text recognised as typed blocks, reviewed by the user, then loaded as approved chapters in one
 * transaction, with a fidelity report of what landed where.
 */
package fr.recueil.importing;

/** DEMO's review: what changed between versions, comments on blocks, the review queue. */
package fr.recueil.review;

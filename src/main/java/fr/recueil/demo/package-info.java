/**
 * Demo data for the default configuration: the organisation of the 2023 report, an open campaign
 * and one user per role, loaded once into an empty database.
 */
package fr.recueil.demo;

/**
 * Telling people: the in-app notification centre (the bell), the e-mails sent after commit when
 * SMTP is configured, who is told what when a chapter moves, and the deadline reminders.
 */
package fr.recueil.notification;

/** The organisation's admin screens, and how other pages show people's names. */
@org.springframework.modulith.NamedInterface("ui")
package fr.recueil.organisation.ui;

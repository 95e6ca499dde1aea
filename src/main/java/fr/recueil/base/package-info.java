/**
 * Shared kernel: the UI shell, i18n, the embedded database and the small types every feature uses.
 * Open to every module; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.recueil.base;

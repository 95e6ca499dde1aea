package fr.recueil.export;

/**
 * How far an export has got, for a progress bar: 0 to 1, with the step in words (a translation key
 * and its arguments, so that the page shows it in the user's language).
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (fraction, stepKey, arguments) -> {
    };

    void advanced(double fraction, String stepKey, Object... arguments);
}

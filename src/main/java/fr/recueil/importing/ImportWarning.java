package fr.recueil.importing;

import java.util.List;

/** Something the user should know before importing, as a translation key and its arguments. */
public record ImportWarning(String key, List<Object> arguments) {

    public ImportWarning {
        arguments = List.copyOf(arguments);
    }

    static ImportWarning of(String key, Object... arguments) {
        return new ImportWarning(key, List.of(arguments));
    }
}

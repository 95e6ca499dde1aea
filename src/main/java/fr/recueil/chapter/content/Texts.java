package fr.recueil.chapter.content;

import java.util.List;

final class Texts {

    private Texts() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

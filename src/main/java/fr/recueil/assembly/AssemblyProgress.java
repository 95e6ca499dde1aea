package fr.recueil.assembly;

/** Told after each chapter is assembled, so that a page can show how far an export has got. */
@FunctionalInterface
public interface AssemblyProgress {

    AssemblyProgress NONE = (done, total) -> {
    };

    void chapterAssembled(int done, int total);
}

package fr.recueil.chapter.content;

/** What the lines of a budget are: this decides whether a total is printed. */
public enum BudgetKind {
    /** The lines are the parts of one whole: their total is computed and printed. */
    PARTS_OF_TOTAL,
    /** The lines are amounts that do not add up (a global budget and one of its items, sections): no total. */
    SEPARATE_AMOUNTS
}

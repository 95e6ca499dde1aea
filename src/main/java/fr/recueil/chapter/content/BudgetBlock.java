package fr.recueil.chapter.content;

import fr.recueil.chapter.FigureValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Le budget": lines of label and amount, an optional comment, and what the lines are ({@link BudgetKind}).
 * A total is shown only when the lines are the parts of one whole, and then adds the main lines only:
 * a "dont" line is already counted in the line above it.
 * <p>
 * Content written before budgets said what their lines are (no {@code kind} in its JSON, as in the
 * immutable revisions) reads as separate amounts, its lines beginning with "dont" as sub-lines: nobody
 * ever said those lines add up, so no total is invented for them.
 */
public record BudgetBlock(String id, String title, boolean required, BudgetKind kind, List<BudgetLine> lines,
                          String comment) implements Block {

    public BudgetBlock {
        if (kind == null) {
            kind = BudgetKind.SEPARATE_AMOUNTS;
            lines = Texts.copy(lines).stream()
                    .map(l -> new BudgetLine(l.label(), l.amount(), l.detail() || BudgetLine.readsAsDetail(l.label())))
                    .toList();
        }
        lines = firstIsMain(Texts.copy(lines));
        comment = Texts.orEmpty(comment);
    }

    /**
     * A budget read from a document (a Word import, the demo's text) rather than typed in the editor: its
     * author never said whether the lines add up, so they are separate amounts, the lines beginning with
     * "dont" being sub-lines of the line above. The block's editor lets a direction say otherwise.
     */
    public static BudgetBlock fromDocument(String id, String title, List<BudgetLine> lines, String comment) {
        return new BudgetBlock(id, title, false, null, lines, comment);
    }

    /** A "dont" line needs a line above it: the first line is always a main line. */
    private static List<BudgetLine> firstIsMain(List<BudgetLine> lines) {
        if (lines.isEmpty() || !lines.getFirst().detail()) {
            return lines;
        }
        List<BudgetLine> fixed = new ArrayList<>(lines);
        BudgetLine first = fixed.getFirst();
        fixed.set(0, new BudgetLine(first.label(), first.amount(), false));
        return List.copyOf(fixed);
    }

    @Override
    public BlockType type() {
        return BlockType.BUDGET;
    }

    @Override
    public boolean isEmpty() {
        return lines.stream().allMatch(BudgetLine::isEmpty) && Texts.blank(comment);
    }

    @Override
    public BudgetBlock withTitle(String newTitle) {
        return new BudgetBlock(id, newTitle, required, kind, lines, comment);
    }

    public BudgetBlock withLines(List<BudgetLine> newLines) {
        return new BudgetBlock(id, title, required, kind, newLines, comment);
    }

    /**
     * True when a total line belongs under the lines: they are parts of a total and there are at least
     * two main lines with an amount (one line is its own total).
     */
    public boolean showsTotal() {
        return kind == BudgetKind.PARTS_OF_TOTAL
                && lines.stream().filter(l -> !l.detail() && l.amount() != null).count() > 1;
    }

    /**
     * The total in euros of the main lines, when {@link #showsTotal()}; empty otherwise and while an amount
     * does not parse. Amounts in M€ or k€ count as such.
     */
    public Optional<BigDecimal> total() {
        if (!showsTotal()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.detail() || line.amount() == null) {
                continue;
            }
            Optional<BigDecimal> euros = euros(line);
            if (euros.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(euros.get());
        }
        return Optional.of(total);
    }

    /**
     * The main lines whose "dont" lines add up to more than their own amount: a budget that contradicts
     * itself, said in the editor before it reaches a report.
     */
    public List<BudgetLine> detailsExceedingTheirLine() {
        List<BudgetLine> exceeded = new ArrayList<>();
        BudgetLine main = null;
        BigDecimal details = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (!line.detail()) {
                if (main != null && exceeds(main, details)) {
                    exceeded.add(main);
                }
                main = line;
                details = BigDecimal.ZERO;
            } else {
                details = details.add(euros(line).orElse(BigDecimal.ZERO));
            }
        }
        if (main != null && exceeds(main, details)) {
            exceeded.add(main);
        }
        return exceeded;
    }

    private static boolean exceeds(BudgetLine main, BigDecimal details) {
        return euros(main).map(amount -> details.compareTo(amount) > 0).orElse(false);
    }

    private static Optional<BigDecimal> euros(BudgetLine line) {
        if (line.amount() == null || !FigureValue.isValid(line.amount())) {
            return Optional.empty();
        }
        try {
            FigureValue value = line.parsedAmount();
            BigDecimal factor = switch (value.unit() == null ? "€" : value.unit()) {
                case "M€" -> BigDecimal.valueOf(1_000_000);
                case "k€" -> BigDecimal.valueOf(1_000);
                default -> BigDecimal.ONE;
            };
            return Optional.of(value.number().multiply(factor));
        } catch (fr.recueil.base.BusinessException notEuros) {
            return Optional.empty();
        }
    }
}

package fr.recueil.chapter.content;

import fr.recueil.chapter.FigureValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** "Le budget": lines of label and amount, a computed total, an optional comment. */
public record BudgetBlock(String id, String title, boolean required, List<BudgetLine> lines, String comment)
        implements Block {

    public BudgetBlock {
        lines = Texts.copy(lines);
        comment = Texts.orEmpty(comment);
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
        return new BudgetBlock(id, newTitle, required, lines, comment);
    }

    /** The total in euros; empty while a line does not parse. Amounts in M€ or k€ count as such. */
    public Optional<BigDecimal> total() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.amount() == null) {
                continue;
            }
            if (!FigureValue.isValid(line.amount())) {
                return Optional.empty();
            }
            FigureValue value = line.parsedAmount();
            BigDecimal factor = switch (value.unit() == null ? "€" : value.unit()) {
                case "M€" -> BigDecimal.valueOf(1_000_000);
                case "k€" -> BigDecimal.valueOf(1_000);
                default -> BigDecimal.ONE;
            };
            total = total.add(value.number().multiply(factor));
        }
        return Optional.of(total);
    }
}

package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.recueil.chapter.FigureValue;

/** One line of the budget (compte administratif): a label and an amount in euros, as typed. */
public record BudgetLine(String label, String amount) {

    public BudgetLine {
        label = Texts.orEmpty(label).strip();
        amount = Texts.blank(amount) ? null : amount.strip();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return label.isEmpty() && amount == null;
    }

    /** The amount as a number of euros; the € sign is optional when typing. */
    public FigureValue parsedAmount() {
        FigureValue value = FigureValue.parse(amount);
        if (value.unit() != null && !"€".equals(value.unit()) && !"M€".equals(value.unit()) && !"k€".equals(value.unit())) {
            throw new fr.recueil.base.BusinessException("error.budget.unit", amount);
        }
        return value;
    }
}

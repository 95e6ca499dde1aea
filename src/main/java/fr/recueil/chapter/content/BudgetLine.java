package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.recueil.chapter.FigureValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of the budget (compte administratif): a label and an amount in euros, as typed.
 *
 * @param detail a "dont" line: an amount included in the line above, printed indented and never added
 */
public record BudgetLine(String label, String amount, boolean detail) {

    private static final Pattern DONT = Pattern.compile("^dont\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public BudgetLine {
        label = Texts.orEmpty(label).strip();
        amount = Texts.blank(amount) ? null : amount.strip();
    }

    /** A main line. */
    public BudgetLine(String label, String amount) {
        this(label, amount, false);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return label.isEmpty() && amount == null;
    }

    /** The label as printed: a "dont" line says so even when its author did not type the word. */
    @JsonIgnore
    public String printedLabel() {
        return detail && !DONT.matcher(label).matches() ? "dont " + label : label;
    }

    /** True when the label begins with "dont": how content written before budgets had kinds marked its sub-lines. */
    static boolean readsAsDetail(String label) {
        return label != null && DONT.matcher(label.strip().toLowerCase(Locale.FRENCH)).matches();
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

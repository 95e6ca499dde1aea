package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.BusinessException;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** "Le budget": lines of label and amount in euros, the total computed, an optional comment. */
final class BudgetBlockEditor extends BlockEditor<BudgetBlock> {

    private final RowList<LineEditor> lines;
    private final Span total = new Span();
    private final MarkdownEditor comment;
    private final Button addLine;

    BudgetBlockEditor(EditorContext context) {
        super(context);
        lines = new RowList<LineEditor>(context, "editor.budget.line").afterChange(this::refreshTotal);
        addLine = Fields.add(this, "editor.budget.add", this::addLine);
        total.addClassName("recueil-budget-total");
        comment = new MarkdownEditor("editor.budget.comment", 0, ContentRules.SHORT_TEXT_MAX * 5, context);
        Div footer = new Div();
        footer.addClassName("recueil-budget-footer");
        if (!context.readOnly()) {
            footer.add(addLine);
        }
        footer.add(total);
        add(lines, footer, comment);
    }

    @Override
    BlockType type() {
        return BlockType.BUDGET;
    }

    @Override
    protected void fill(BudgetBlock block) {
        lines.setRows(block.lines().stream().map(this::editor).toList());
        comment.setValue(block.comment());
        refreshTotal();
    }

    @Override
    protected BudgetBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new BudgetBlock(blockId, blockTitle, blockRequired,
                lines.rows().stream().map(LineEditor::getLine).filter(line -> !line.isEmpty()).toList(), comment.getValue());
    }

    void addLine() {
        LineEditor editor = editor(new BudgetLine("", null));
        lines.append(editor);
        editor.label.focus();
        context.changed();
        refreshTotal();
    }

    List<LineEditor> lines() {
        return lines.rows();
    }

    Span total() {
        return total;
    }

    private LineEditor editor(BudgetLine line) {
        LineEditor editor = new LineEditor();
        editor.label.setValue(line.label());
        editor.amount.setValue(line.amount() == null ? "" : line.amount());
        return editor;
    }

    private void refreshTotal() {
        BudgetBlock block = read("", "", false);
        Optional<BigDecimal> sum = block.total();
        boolean any = block.lines().stream().anyMatch(l -> l.amount() != null);
        if (!any) {
            total.setText("");
            total.setVisible(false);
            return;
        }
        total.setVisible(true);
        total.setText(sum.map(value -> getTranslation("editor.budget.total",
                        new FigureValue(value, "€").format(getLocale())))
                .orElseGet(() -> getTranslation("editor.budget.totalPending")));
    }

    /** One budget line: a label and an amount, checked as it is typed. */
    final class LineEditor extends Div {

        final TextField label = Fields.text(this, "editor.budget.label", context);
        final TextField amount = Fields.text(this, "editor.budget.amount", context);

        LineEditor() {
            addClassName("recueil-budget-line");
            label.setPlaceholder(BudgetBlockEditor.this.getTranslation("editor.budget.label.placeholder"));
            amount.setPlaceholder(BudgetBlockEditor.this.getTranslation("editor.budget.amount.placeholder"));
            amount.addClassName("recueil-budget-amount");
            amount.addValueChangeListener(e -> {
                check();
                refreshTotal();
            });
            add(label, amount);
        }

        BudgetLine getLine() {
            return new BudgetLine(label.getValue(), amount.getValue());
        }

        private void check() {
            if (amount.getValue().isBlank()) {
                amount.setInvalid(false);
                return;
            }
            try {
                getLine().parsedAmount();
                amount.setInvalid(false);
            } catch (BusinessException e) {
                amount.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                amount.setInvalid(true);
            }
        }
    }
}

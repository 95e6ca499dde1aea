package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.BusinessException;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetKind;
import fr.recueil.chapter.content.BudgetLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * "Le budget": what the lines are (the parts of a total, or separate amounts), lines of label and amount in
 * euros, each possibly a "dont" line of the line above, and an optional comment. Below the lines it says
 * what the report will print under them: the total, or that there is none, by the same rule as the exports
 * ({@link BudgetBlock#showsTotal()}).
 */
final class BudgetBlockEditor extends BlockEditor<BudgetBlock> {

    private final RadioButtonGroup<BudgetKind> kind = new RadioButtonGroup<>();
    private final RowList<LineEditor> lines;
    private final Span total = new Span();
    private final Span warning = new Span();
    private final MarkdownEditor comment;
    private final Button addLine;

    BudgetBlockEditor(EditorContext context) {
        super(context);
        lines = new RowList<LineEditor>(context, "editor.budget.line").afterChange(this::refreshTotal);
        addLine = Fields.add(this, "editor.budget.add", this::addLine);
        kind.setLabel(getTranslation("editor.budget.kind"));
        kind.setItems(BudgetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("editor.budget.kind." + k.name()));
        kind.setValue(BudgetKind.PARTS_OF_TOTAL);
        kind.addClassName("recueil-budget-kind");
        Fields.watchField(kind, context);
        kind.addValueChangeListener(e -> refreshTotal());
        total.addClassName("recueil-budget-total");
        warning.addClassName("recueil-budget-warning");
        warning.setVisible(false);
        comment = new MarkdownEditor("editor.budget.comment", 0, ContentRules.SHORT_TEXT_MAX * 5, context);
        Div footer = new Div();
        footer.addClassName("recueil-budget-footer");
        if (!context.readOnly()) {
            footer.add(addLine);
        }
        footer.add(total);
        add(kind, lines, footer, warning, comment);
    }

    @Override
    BlockType type() {
        return BlockType.BUDGET;
    }

    @Override
    protected void fill(BudgetBlock block) {
        kind.setValue(block.kind());
        lines.setRows(block.lines().stream().map(this::editor).toList());
        comment.setValue(block.comment());
        refreshTotal();
    }

    @Override
    protected BudgetBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new BudgetBlock(blockId, blockTitle, blockRequired, kind.getValue() == null ? BudgetKind.PARTS_OF_TOTAL : kind.getValue(),
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

    Button addLineButton() {
        return addLine;
    }

    Span warning() {
        return warning;
    }

    RadioButtonGroup<BudgetKind> kind() {
        return kind;
    }

    private LineEditor editor(BudgetLine line) {
        LineEditor editor = new LineEditor();
        editor.label.setValue(line.label());
        editor.amount.setValue(line.amount() == null ? "" : line.amount());
        editor.detail.setValue(line.detail());
        return editor;
    }

    private void refreshTotal() {
        BudgetBlock block = read("", "", false);
        List<LineEditor> rows = lines.rows();
        for (int i = 0; i < rows.size(); i++) {
            // a "dont" line needs a line above it
            rows.get(i).detail.setEnabled(i > 0 && !context.readOnly());
            rows.get(i).getElement().setAttribute("data-detail", String.valueOf(i > 0 && rows.get(i).detail.getValue()));
        }
        List<String> exceeded = block.detailsExceedingTheirLine().stream().map(BudgetLine::label).toList();
        warning.setVisible(!exceeded.isEmpty());
        warning.setText(exceeded.isEmpty() ? "" : getTranslation("editor.budget.detailsExceed", String.join(", ", exceeded)));
        boolean any = block.lines().stream().anyMatch(l -> l.amount() != null);
        if (!any) {
            total.setText("");
            total.setVisible(false);
            return;
        }
        total.setVisible(true);
        if (!block.showsTotal()) {
            total.setText(getTranslation(block.kind() == BudgetKind.SEPARATE_AMOUNTS
                    ? "editor.budget.noTotal" : "editor.budget.noTotalOneLine"));
            return;
        }
        Optional<BigDecimal> sum = block.total();
        total.setText(sum.map(value -> getTranslation("editor.budget.total",
                        new FigureValue(value, "€").format(getLocale())))
                .orElseGet(() -> getTranslation("editor.budget.totalPending")));
    }

    /** One budget line: a label and an amount, checked as it is typed, and whether it is a "dont" line. */
    final class LineEditor extends Div {

        final TextField label = Fields.text(this, "editor.budget.label", context);
        final TextField amount = Fields.text(this, "editor.budget.amount", context);
        final Checkbox detail = Fields.watchField(new Checkbox(BudgetBlockEditor.this.getTranslation("editor.budget.detail")), context);

        LineEditor() {
            addClassName("recueil-budget-line");
            label.setPlaceholder(BudgetBlockEditor.this.getTranslation("editor.budget.label.placeholder"));
            amount.setPlaceholder(BudgetBlockEditor.this.getTranslation("editor.budget.amount.placeholder"));
            amount.addClassName("recueil-budget-amount");
            amount.addValueChangeListener(e -> {
                check();
                refreshTotal();
            });
            detail.setTooltipText(BudgetBlockEditor.this.getTranslation("editor.budget.detail.help"));
            detail.addClassName("recueil-budget-detail");
            detail.addValueChangeListener(e -> refreshTotal());
            add(label, amount, detail);
        }

        BudgetLine getLine() {
            return new BudgetLine(label.getValue(), amount.getValue(), detail.getValue());
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

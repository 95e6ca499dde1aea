package fr.recueil.chapter.ui;

import com.vaadin.flow.component.button.Button;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFiguresBlock;

import java.util.List;

/** "Les chiffres clés de l'année": groups of figures, each under an optional sub-heading. */
final class KeyFiguresBlockEditor extends BlockEditor<KeyFiguresBlock> {

    private final RowList<FigureGroupEditor> groups;
    private final Button addGroup;

    KeyFiguresBlockEditor(EditorContext context) {
        super(context);
        groups = new RowList<FigureGroupEditor>(context, "editor.figures.group")
                .confirmingRemoval(FigureGroupEditor::holdsText, group -> getTranslation("editor.figures.group.remove.question"))
                .controlsOnTop();
        groups.addClassName("recueil-figure-groups");
        addGroup = Fields.add(this, "editor.figures.group.add", this::addGroup);
        addGroup.addClassName("recueil-add-group");
        add(groups);
        if (!context.readOnly()) {
            add(addGroup);
        }
    }

    @Override
    BlockType type() {
        return BlockType.KEY_FIGURES;
    }

    @Override
    protected void fill(KeyFiguresBlock block) {
        List<FigureGroup> list = block.groups().isEmpty() ? List.of(new FigureGroup(null, List.of())) : block.groups();
        groups.setRows(list.stream().map(this::editor).toList());
    }

    @Override
    protected KeyFiguresBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new KeyFiguresBlock(blockId, blockTitle, blockRequired,
                groups.rows().stream().map(FigureGroupEditor::getGroup).toList());
    }

    void addGroup() {
        FigureGroupEditor editor = editor(new FigureGroup(null, List.of()));
        groups.append(editor);
        editor.headingField().focus();
        context.changed();
    }

    List<FigureGroupEditor> groups() {
        return groups.rows();
    }

    Button addGroupButton() {
        return addGroup;
    }

    private FigureGroupEditor editor(FigureGroup group) {
        FigureGroupEditor editor = new FigureGroupEditor(context);
        editor.setGroup(group);
        return editor;
    }
}

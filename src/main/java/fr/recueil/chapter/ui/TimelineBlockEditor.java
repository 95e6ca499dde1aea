package fr.recueil.chapter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.chapter.content.BlockType;
import fr.recueil.chapter.content.TimelineBlock;
import fr.recueil.chapter.content.TimelineEvent;

import java.util.List;

/** "L'année en dates": dated events, each a date and a text. */
final class TimelineBlockEditor extends BlockEditor<TimelineBlock> {

    private final RowList<EventEditor> events;

    TimelineBlockEditor(EditorContext context) {
        super(context);
        events = new RowList<>(context, "editor.timeline.event");
        add(events);
        if (!context.readOnly()) {
            add(Fields.add(this, "editor.timeline.add", this::addEvent));
        }
    }

    @Override
    BlockType type() {
        return BlockType.TIMELINE;
    }

    @Override
    protected void fill(TimelineBlock block) {
        events.setRows(block.events().stream().map(this::editor).toList());
    }

    @Override
    protected TimelineBlock read(String blockId, String blockTitle, boolean blockRequired) {
        return new TimelineBlock(blockId, blockTitle, blockRequired, events.rows().stream().map(EventEditor::getEvent).filter(event -> !event.isEmpty()).toList());
    }

    void addEvent() {
        EventEditor editor = editor(new TimelineEvent(null, ""));
        events.append(editor);
        editor.date.focus();
        context.changed();
    }

    List<EventEditor> events() {
        return events.rows();
    }

    private EventEditor editor(TimelineEvent event) {
        EventEditor editor = new EventEditor();
        editor.date.setValue(event.date());
        editor.text.setValue(event.text());
        return editor;
    }

    /** One event: its date and what happened. */
    final class EventEditor extends Div {

        final FrenchDatePicker date = Fields.watchField(new FrenchDatePicker(TimelineBlockEditor.this.getTranslation("editor.timeline.date")), context);
        final TextField text = Fields.text(this, "editor.timeline.text", context);

        EventEditor() {
            addClassName("recueil-timeline-event");
            text.setPlaceholder(TimelineBlockEditor.this.getTranslation("editor.timeline.text.placeholder"));
            add(date, text);
        }

        TimelineEvent getEvent() {
            return new TimelineEvent(date.getValue(), text.getValue());
        }
    }
}

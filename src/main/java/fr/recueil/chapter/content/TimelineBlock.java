package fr.recueil.chapter.content;

import java.util.List;

/** "L'année en dates": dated events. */
public record TimelineBlock(String id, String title, boolean required, List<TimelineEvent> events) implements Block {

    public TimelineBlock {
        events = Texts.copy(events);
    }

    @Override
    public BlockType type() {
        return BlockType.TIMELINE;
    }

    @Override
    public boolean isEmpty() {
        return events.stream().allMatch(TimelineEvent::isEmpty);
    }

    @Override
    public TimelineBlock withTitle(String newTitle) {
        return new TimelineBlock(id, newTitle, required, events);
    }
}

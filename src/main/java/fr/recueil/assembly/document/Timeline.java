package fr.recueil.assembly.document;

import java.util.List;

/** Dated events in order. */
public record Timeline(List<Event> events) implements DocBlock {

    public Timeline {
        events = List.copyOf(events);
    }

    /** @param date the date as printed ("12 mars 2023") */
    public record Event(String date, List<Span> text) {

        public Event {
            text = List.copyOf(text);
            date = Printable.text(date);
        }
    }
}

package fr.recueil.assembly.document;

import java.util.List;

/** A paragraph of styled runs. */
public record Paragraph(List<Span> spans, ParagraphStyle style) implements DocBlock {

    public Paragraph {
        spans = List.copyOf(spans);
    }

    public static Paragraph of(String text, ParagraphStyle style) {
        return new Paragraph(List.of(Span.plain(text)), style);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}

package fr.recueil.chapter;

import fr.recueil.chapter.content.ChapterContent;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Stores a chapter's blocks as JSON in one column: the content is always read and written whole. */
@Converter
public class ContentJson implements AttributeConverter<ChapterContent, String> {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a flag added later (a budget line's "detail") is absent from older content: it reads as false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String write(ChapterContent content) {
        return MAPPER.writeValueAsString(content);
    }

    public static ChapterContent read(String json) {
        return MAPPER.readValue(json, ChapterContent.class);
    }

    @Override
    public String convertToDatabaseColumn(ChapterContent content) {
        return write(content == null ? ChapterContent.empty() : content);
    }

    @Override
    public ChapterContent convertToEntityAttribute(String json) {
        return json == null ? ChapterContent.empty() : read(json);
    }
}

package fr.recueil.chapter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Chapter images in PostgreSQL; read only when shown, never loaded with the chapter. */
@Component
class ImageStore {

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long store(long chapterId, String fileName, ImageRules.CheckedImage image, byte[] data, Instant now, String actor) {
        return jdbc.sql("""
                        insert into chapter_image (chapter_id, media_type, file_name, size_bytes, width, height, data, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(chapterId, image.mediaType(), safeName(fileName), data.length, image.width(), image.height(),
                        data, Timestamp.from(now), actor)
                .query(Long.class).single();
    }

    Optional<StoredImage> find(long imageId) {
        return jdbc.sql("select id, chapter_id, media_type, file_name, width, height, data from chapter_image where id = ?")
                .param(imageId)
                .query((rs, i) -> new StoredImage(rs.getLong("id"), rs.getLong("chapter_id"), rs.getString("media_type"),
                        rs.getString("file_name"), rs.getInt("width"), rs.getInt("height"), rs.getBytes("data")))
                .optional();
    }

    /** Copies an image to another chapter (last year's picture reused this year). */
    long copy(long imageId, long toChapterId, Instant now, String actor) {
        return jdbc.sql("""
                        insert into chapter_image (chapter_id, media_type, file_name, size_bytes, width, height, data, created_at, created_by)
                        select ?, media_type, file_name, size_bytes, width, height, data, ?, ? from chapter_image where id = ?
                        returning id""")
                .params(toChapterId, Timestamp.from(now), actor, imageId)
                .query(Long.class).single();
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "image" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}

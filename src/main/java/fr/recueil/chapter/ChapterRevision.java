package fr.recueil.chapter;

import fr.recueil.chapter.content.ChapterContent;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * A numbered, immutable snapshot of a chapter's content, taken when it was submitted or approved.
 * Nothing changes it afterwards: not the entity (immutable), not SQL (a trigger refuses updates).
 */
@Entity
@Immutable
@Table(name = "chapter_revision")
public class ChapterRevision {

    public enum Kind { SUBMITTED, APPROVED, IMPORTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long chapterId;
    private int number;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Convert(converter = ContentJson.class)
    @Column(columnDefinition = "text")
    private ChapterContent content;
    private Instant createdAt;
    private String createdBy;

    protected ChapterRevision() {
    }

    ChapterRevision(long chapterId, int number, Kind kind, ChapterContent content, Instant createdAt, String createdBy) {
        this.chapterId = chapterId;
        this.number = number;
        this.kind = kind;
        this.content = content;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getChapterId() {
        return chapterId;
    }

    public int getNumber() {
        return number;
    }

    public Kind getKind() {
        return kind;
    }

    public ChapterContent getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

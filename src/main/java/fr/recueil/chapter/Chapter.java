package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.content.ChapterContent;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A direction's chapter of one campaign: its blocks, its state in the workflow, and who last
 * changed it. The version number detects concurrent edits.
 */
@Entity
public class Chapter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long outlineEntryId;
    private Long directionId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ChapterState state = ChapterState.DRAFT;
    @Convert(converter = ContentJson.class)
    @Column(columnDefinition = "text")
    private ChapterContent content;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected Chapter() {
    }

    Chapter(long campaignId, long outlineEntryId, long directionId, String title, ChapterContent content,
            Instant now, String actor) {
        this.campaignId = campaignId;
        this.outlineEntryId = outlineEntryId;
        this.directionId = directionId;
        this.title = title;
        this.content = content;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getOutlineEntryId() {
        return outlineEntryId;
    }

    public Long getDirectionId() {
        return directionId;
    }

    public String getTitle() {
        return title;
    }

    public ChapterState getState() {
        return state;
    }

    public ChapterContent getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /** Replaces the content after checking it; only while the chapter is a draft or sent back. */
    void edit(ChapterContent newContent, Instant now, String actor) {
        if (!state.isEditable()) {
            throw new BusinessException("error.chapter.notEditable", state);
        }
        ContentRules.check(newContent, content);
        this.content = newContent;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Content brought in as already approved (last year's published report, an imported document). */
    void loadApproved(ChapterContent approvedContent, Instant now, String actor) {
        ContentRules.check(approvedContent, ChapterContent.empty());
        this.content = approvedContent;
        this.state = ChapterState.APPROVED;
        this.updatedAt = now;
        this.updatedBy = actor;
    }
}

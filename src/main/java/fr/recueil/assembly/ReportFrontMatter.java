package fr.recueil.assembly;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.ImageRules;
import fr.recueil.chapter.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The report's own pages, written by DIRCOM: the cover (title, subtitle, the authority's name, its
 * logo) and an optional editorial (a free chapter before the table of contents).
 */
@Entity
public class ReportFrontMatter {

    static final int TITLE_MAX = 200;
    static final int SUBTITLE_MAX = 300;
    static final int EDITORIAL_MAX = 50_000;

    @Id
    private Long campaignId;
    private String coverTitle;
    private String coverSubtitle;
    private String authorityName;
    private String editorialTitle;
    private String editorialBody;
    private byte[] logo;
    private String logoMediaType;
    private String logoFileName;
    private Integer logoWidth;
    private Integer logoHeight;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    protected ReportFrontMatter() {
    }

    ReportFrontMatter(long campaignId, String coverTitle, Instant now, String actor) {
        this.campaignId = campaignId;
        this.coverTitle = coverTitle;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void describe(String title, String subtitle, String authority, String newEditorialTitle, String newEditorialBody,
                  Instant now, String actor) {
        this.coverTitle = required(title, "error.report.coverTitleRequired", TITLE_MAX);
        this.coverSubtitle = optional(subtitle, SUBTITLE_MAX);
        this.authorityName = optional(authority, TITLE_MAX);
        this.editorialTitle = optional(newEditorialTitle, TITLE_MAX);
        String body = newEditorialBody == null || newEditorialBody.isBlank() ? null : newEditorialBody.strip();
        if (body != null && body.length() > EDITORIAL_MAX) {
            throw new BusinessException("error.report.editorialTooLong", EDITORIAL_MAX, body.length());
        }
        if (RichText.holdsScript(body)) {
            throw new BusinessException("error.report.editorialScript");
        }
        if (body != null && editorialTitle == null) {
            throw new BusinessException("error.report.editorialTitleRequired");
        }
        this.editorialBody = body;
        touch(now, actor);
    }

    void changeLogo(String fileName, byte[] bytes, Instant now, String actor) {
        ImageRules.CheckedImage checked = ImageRules.check(fileName, bytes);
        this.logo = bytes.clone();
        this.logoMediaType = checked.mediaType();
        this.logoFileName = fileName;
        this.logoWidth = checked.width();
        this.logoHeight = checked.height();
        touch(now, actor);
    }

    void removeLogo(Instant now, String actor) {
        this.logo = null;
        this.logoMediaType = null;
        this.logoFileName = null;
        this.logoWidth = null;
        this.logoHeight = null;
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private static String required(String value, String key, int max) {
        String text = optional(value, max);
        if (text == null) {
            throw new BusinessException(key);
        }
        return text;
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replaceAll("[ \\t]+", " ");
        if (text.length() > max) {
            throw new BusinessException("error.report.textTooLong", max, text.length());
        }
        return text;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCoverTitle() {
        return coverTitle;
    }

    public String getCoverSubtitle() {
        return coverSubtitle;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public String getEditorialTitle() {
        return editorialTitle;
    }

    public String getEditorialBody() {
        return editorialBody;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoMediaType() {
        return logoMediaType;
    }

    public String getLogoFileName() {
        return logoFileName;
    }

    public int getLogoWidth() {
        return logoWidth == null ? 0 : logoWidth;
    }

    public int getLogoHeight() {
        return logoHeight == null ? 0 : logoHeight;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /**
     * 0 until first saved, then 1, 2… JPA starts its own counter at 0 on the first save, which would
     * let a page opened before that save overwrite it unnoticed.
     */
    public long getVersion() {
        return version == null ? 0 : version + 1;
    }
}

package fr.recueil.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * A personal access token to the automation endpoint. Only its SHA-256 is kept, so a stolen
 * database does not give the tokens away; the token itself is shown once, when generated.
 */
@Entity
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private String label;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String label, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    String getTokenHash() {
        return tokenHash;
    }

    void usedAt(Instant when) {
        lastUsedAt = when;
    }

    void revokeAt(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }
}

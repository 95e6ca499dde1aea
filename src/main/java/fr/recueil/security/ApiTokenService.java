package fr.recueil.security;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for the automation endpoint: the communication team's scripts call
 * {@code /api/**} with {@code Authorization: Bearer rcl_...} instead of a password.
 */
@Service
@Transactional
public class ApiTokenService {

    /** Says what the secret is when it turns up in a script or a log. */
    public static final String PREFIX = "rcl_";
    static final int MAX_LABEL = 100;
    private static final int MAX_ACTIVE_TOKENS = 20;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public IssuedApiToken generate(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new BusinessException("error.apiToken.labelRequired");
        }
        if (name.length() > MAX_LABEL) {
            throw new BusinessException("error.apiToken.labelTooLong", MAX_LABEL);
        }
        long userId = currentUser.require().userId();
        if (tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream().filter(t -> !t.isRevoked()).count()
                >= MAX_ACTIVE_TOKENS) {
            throw new BusinessException("error.apiToken.tooMany", MAX_ACTIVE_TOKENS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(userId, name, hash(secret), clock.instant()));
        audit.record("API_TOKEN_CREATED", currentUser.require().getUsername(), name);
        return new IssuedApiToken(token, secret);
    }

    /** The current user's tokens, newest first, revoked ones included. */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> myTokens() {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(currentUser.require().userId());
    }

    /** Revokes one of the current user's tokens; someone else's token is as good as unknown. */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public void revoke(long tokenId) {
        long userId = currentUser.require().userId();
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId() == userId)
                .orElseThrow(() -> new BusinessException("error.apiToken.notFound"));
        if (!token.isRevoked()) {
            token.revokeAt(clock.instant());
            audit.record("API_TOKEN_REVOKED", currentUser.require().getUsername(), token.getLabel());
        }
    }

    /**
     * Before anyone is authenticated: the login of the owner of this live token, and the token is
     * marked used. Empty for an unknown, malformed or revoked token.
     */
    Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    token.usedAt(clock.instant());
                    return tokens.loginOf(token.getUserId());
                });
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

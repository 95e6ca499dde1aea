package fr.recueil.security;

/** A token just generated: {@code secret} is the only time the token itself can be read. */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.getId() + "]";
    }
}

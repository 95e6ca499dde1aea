package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translatable;
import fr.recueil.base.Unicode;

import java.util.regex.Pattern;

/** The checks every name, acronym, login and e-mail address goes through before it is stored. */
final class OrganisationRules {

    static final int NAME_MAX = 200;
    static final int ACRONYM_MAX = 30;
    static final int LOGIN_MAX = 60;
    static final int EMAIL_MAX = 254;
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 72; // BCrypt ignores what follows

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    // Deliberately plain: one @, a dot in the domain, no spaces. Deliverability is not our check.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private OrganisationRules() {
    }

    static String name(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("error.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new BusinessException("error.name.tooLong", NAME_MAX, trimmed.length());
        }
        Unicode.requireWellFormed((Translatable) () -> "field.name", trimmed);
        return trimmed;
    }

    /** Null or blank means "no acronym". */
    static String acronym(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > ACRONYM_MAX) {
            throw new BusinessException("error.acronym.tooLong", ACRONYM_MAX);
        }
        Unicode.requireWellFormed((Translatable) () -> "field.acronym", trimmed);
        return trimmed;
    }

    static String login(String value) {
        String normalised = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new BusinessException("error.login.required");
        }
        if (normalised.length() > LOGIN_MAX) {
            throw new BusinessException("error.login.tooLong", LOGIN_MAX);
        }
        if (!LOGIN.matcher(normalised).matches()) {
            throw new BusinessException("error.login.invalid");
        }
        return normalised;
    }

    static String email(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("error.email.required");
        }
        if (trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()) {
            throw new BusinessException("error.email.invalid", trimmed.length() > 60 ? trimmed.substring(0, 60) + "…" : trimmed);
        }
        Unicode.requireWellFormed((Translatable) () -> "field.email", trimmed);
        return trimmed;
    }

    static String password(String value) {
        if (value == null || value.length() < PASSWORD_MIN) {
            throw new BusinessException("error.password.tooShort", PASSWORD_MIN);
        }
        if (value.length() > PASSWORD_MAX) {
            throw new BusinessException("error.password.tooLong", PASSWORD_MAX);
        }
        Unicode.requireWellFormed((Translatable) () -> "field.password", value);
        if (CommonPasswords.isCommon(value)) {
            throw new BusinessException("error.password.common");
        }
        return value;
    }
}

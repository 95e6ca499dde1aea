package fr.recueil.organisation;

import fr.recueil.base.BusinessException;

import java.util.Optional;

/**
 * The checks the services apply to names, acronyms, logins and e-mail addresses, offered to forms
 * so that they refuse bad input before sending it, with the very message the server would give.
 * The services check again: a form is a convenience, not a guard.
 */
public final class InputRules {

    public static final int NAME_MAX = OrganisationRules.NAME_MAX;
    public static final int ACRONYM_MAX = OrganisationRules.ACRONYM_MAX;
    public static final int LOGIN_MAX = OrganisationRules.LOGIN_MAX;
    public static final int EMAIL_MAX = OrganisationRules.EMAIL_MAX;

    private InputRules() {
    }

    /** The refusal the server would give for this name, or empty when it would accept it. */
    public static Optional<BusinessException> name(String value) {
        return refusal(() -> OrganisationRules.name(value));
    }

    public static Optional<BusinessException> acronym(String value) {
        return refusal(() -> OrganisationRules.acronym(value));
    }

    public static Optional<BusinessException> login(String value) {
        return refusal(() -> OrganisationRules.login(value));
    }

    public static Optional<BusinessException> email(String value) {
        return refusal(() -> OrganisationRules.email(value));
    }

    private static Optional<BusinessException> refusal(Runnable rule) {
        try {
            rule.run();
            return Optional.empty();
        } catch (BusinessException refused) {
            return Optional.of(refused);
        }
    }
}

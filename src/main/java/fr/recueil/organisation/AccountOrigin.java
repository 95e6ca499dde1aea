package fr.recueil.organisation;

import fr.recueil.base.Translatable;

/** Who checks a person's password: Recueil itself, an LDAP / Active Directory, or an OpenID Connect provider. */
public enum AccountOrigin implements Translatable {
    LOCAL,
    LDAP,
    OIDC;

    public boolean isDirectory() {
        return this != LOCAL;
    }

    @Override
    public String labelKey() {
        return "accountOrigin." + name();
    }
}

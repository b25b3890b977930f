package fr.titrepro.security;

/** Realm roles of the titrepro Keycloak realm (keycloak/titrepro-realm.json). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CENTRE = "centre";
    public static final String JUROR = "juror";
    public static final String CANDIDATE = "candidate";
    public static final String VAE_ADVISER = "vae-adviser";

    private Roles() {
    }
}

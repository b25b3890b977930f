package fr.titrepro.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling, in the words the pages and the ownership checks need. */
@RequestScoped
@Unremovable
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The Keycloak user name: the stable link between a login and the platform's records. */
    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String displayName() {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isCentre() {
        return hasRole(Roles.CENTRE);
    }

    public boolean isJuror() {
        return hasRole(Roles.JUROR);
    }

    public boolean isCandidate() {
        return hasRole(Roles.CANDIDATE);
    }

    public boolean isVaeAdviser() {
        return hasRole(Roles.VAE_ADVISER);
    }

    /** French label of the user's main role, for the page header. */
    public String roleLabel() {
        if (isAdmin()) {
            return "Administration";
        }
        if (isCentre()) {
            return "Centre agréé";
        }
        if (isJuror()) {
            return "Membre de jury";
        }
        if (isVaeAdviser()) {
            return "Conseiller VAE";
        }
        if (isCandidate()) {
            return "Candidat";
        }
        return "";
    }
}

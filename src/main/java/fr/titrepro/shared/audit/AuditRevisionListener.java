package fr.titrepro.shared.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the user of the current request. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "système";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).username = currentUsername();
    }

    static String currentUsername() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}

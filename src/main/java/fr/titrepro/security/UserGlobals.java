package fr.titrepro.security;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** Makes {@code user} (the current user) available to every page, for the layout's menu. */
@TemplateGlobal
public final class UserGlobals {

    private UserGlobals() {
    }

    static CurrentUser user() {
        return Arc.container().instance(CurrentUser.class).get();
    }
}

package fr.titrepro.referential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "titrepro.referential")
public interface ReferentialConfig {

    /** Load the référentiels shipped with the platform at start-up (idempotent). */
    @WithDefault("true")
    boolean loadShipped();

    /** Shipped files under classpath referentiels/, a replaced version before the one that replaces it. */
    @WithDefault("TP-00496-2010.yaml,TP-00496-05.yaml")
    List<String> shipped();
}

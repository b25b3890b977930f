package fr.titrepro.notification.web;

import fr.titrepro.notification.Outbox;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/**
 * {@code {mail:counts}}: the outbox's messages by state, for the administration's home page (read only where a
 * template asks for it).
 */
@TemplateExtension(namespace = "mail")
public final class OutboxCountsExtension {

    private OutboxCountsExtension() {
    }

    static Map<String, Long> counts() {
        Map<String, Long> byName = new java.util.HashMap<>();
        Arc.container().instance(Outbox.class).get().counts().forEach((state, n) -> byName.put(state.name(), n));
        return byName;
    }
}

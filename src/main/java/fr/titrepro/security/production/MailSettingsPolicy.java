package fr.titrepro.security.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 15: a production that would silently send no mail (convocations, results, PV to sign…) is refused. The
 * application sends through the SMTP server of {@code TITREPRO_SMTP_HOST}; without it, the shipped default is the
 * run command's local catcher (127.0.0.1), which a production does not have. Refused too: a mocked mailer (it only
 * logs). An operator who wants no mail at all says so ({@code TITREPRO_SMTP_ENABLED=false}: every message is then
 * recorded « Non envoyé » with the reason). Each refusal is in French, followed by its English translation for the
 * operators' logs. Pure: no CDI, no I/O.
 */
public final class MailSettingsPolicy {

    /** {@code quarkus.mailer.host} in application.properties when {@code TITREPRO_SMTP_HOST} is not set. */
    public static final String SHIPPED_HOST = "127.0.0.1";

    /**
     * @param hostVariable {@code TITREPRO_SMTP_HOST} as the environment gives it (empty: not set)
     * @param host         {@code quarkus.mailer.host} as resolved
     * @param mocked       {@code quarkus.mailer.mock}
     * @param mailEnabled  {@code titrepro.notification.mail-enabled} ({@code TITREPRO_SMTP_ENABLED})
     */
    public record MailSettings(Optional<String> hostVariable, Optional<String> host, boolean mocked,
                               boolean mailEnabled) {
    }

    private MailSettingsPolicy() {
    }

    /** The refusals, one per setting; empty when production may start. */
    public static List<String> refusals(MailSettings s) {
        List<String> refusals = new ArrayList<>();
        if (!s.mailEnabled()) {
            return refusals;
        }
        boolean hostGiven = s.hostVariable().filter(h -> !h.isBlank()).isPresent();
        String host = s.host().map(String::strip).orElse("");
        if (host.isEmpty() || (!hostGiven && SHIPPED_HOST.equals(host))) {
            refusals.add("quarkus.mailer.host (TITREPRO_SMTP_HOST) n'est pas configuré : les convocations, "
                    + "résultats et autres courriels resteraient sans destinataire ; donnez le serveur SMTP (avec "
                    + "TITREPRO_SMTP_FROM et TITREPRO_SMTP_ADMIN_TO), ou TITREPRO_SMTP_ENABLED=false pour une "
                    + "installation sans courriel. / SMTP host not configured: set TITREPRO_SMTP_HOST, or "
                    + "TITREPRO_SMTP_ENABLED=false to run without e-mail.");
        }
        if (s.mocked()) {
            refusals.add("quarkus.mailer.mock vaut true : aucun courriel ne partirait (ils seraient seulement écrits "
                    + "dans le journal) ; retirez ce réglage, ou TITREPRO_SMTP_ENABLED=false pour une installation "
                    + "sans courriel. / The mailer is mocked: no e-mail would be sent; remove quarkus.mailer.mock, "
                    + "or set TITREPRO_SMTP_ENABLED=false to run without e-mail.");
        }
        return refusals;
    }
}

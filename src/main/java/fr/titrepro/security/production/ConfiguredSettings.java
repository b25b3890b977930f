package fr.titrepro.security.production;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link ProductionSettings} from a configuration, whatever gives its values: the application's
 * {@code Config} once started ({@link ProductionStartupCheck}) or the configuration being built, before any
 * extension starts ({@link ProductionConfigGuard}).
 */
final class ConfiguredSettings {

    private static final Pattern SIGNATORY =
            Pattern.compile("titrepro\\.documents\\.regions\\.\"?([^\".]+)\"?\\.signatory-name");
    /** The same, set as an environment variable: TITREPRO_DOCUMENTS_REGIONS__ARA__SIGNATORY_NAME. */
    private static final Pattern SIGNATORY_ENV =
            Pattern.compile("TITREPRO_DOCUMENTS_REGIONS__?([A-Z0-9]+)__?SIGNATORY_NAME");

    private ConfiguredSettings() {
    }

    /**
     * @param value a property's resolved value (profile and expressions applied), empty when not set
     * @param names every property name the configuration knows
     */
    static ProductionSettings read(Function<String, Optional<String>> value, Iterable<String> names) {
        Optional<String> keystore = value.apply("titrepro.documents.signing.keystore");
        return new ProductionSettings(
                value.apply("quarkus.oidc.credentials.secret"),
                value.apply("quarkus.oidc.api.credentials.secret"),
                value.apply("quarkus.oidc.token-state-manager.encryption-secret"),
                value.apply("quarkus.datasource.username"),
                value.apply("quarkus.datasource.password"),
                keystore,
                keystore.filter(p -> !p.isBlank()).map(p -> Files.isReadable(Path.of(p.strip()))).orElse(false),
                value.apply("titrepro.documents.authority.name"),
                signatories(value, names),
                flag(value, "titrepro.demo.enabled"),
                flag(value, "quarkus.http.proxy.proxy-address-forwarding"),
                value.apply("quarkus.http.proxy.trusted-proxies"),
                value.apply("titrepro.documents.tsa-url"));
    }

    /** The mail settings (issue 15) the same way. */
    static MailSettingsPolicy.MailSettings mail(Function<String, Optional<String>> value) {
        return new MailSettingsPolicy.MailSettings(value.apply("TITREPRO_SMTP_HOST"),
                value.apply("quarkus.mailer.host"), flag(value, "quarkus.mailer.mock"),
                value.apply("titrepro.notification.mail-enabled").map(v -> !List.of("false", "0", "no", "n", "off")
                        .contains(v.strip().toLowerCase(java.util.Locale.ROOT))).orElse(true));
    }

    /** Every refusal of a production start: {@link ProductionSettingsPolicy}, then {@link MailSettingsPolicy}. */
    static List<String> refusals(Function<String, Optional<String>> value, Iterable<String> names) {
        List<String> refusals = new java.util.ArrayList<>(ProductionSettingsPolicy.refusals(read(value, names)));
        refusals.addAll(MailSettingsPolicy.refusals(mail(value)));
        return refusals;
    }

    private static Map<String, String> signatories(Function<String, Optional<String>> value, Iterable<String> names) {
        Map<String, String> signatories = new TreeMap<>();
        for (String name : names) {
            Matcher m = SIGNATORY.matcher(name);
            Matcher env = SIGNATORY_ENV.matcher(name);
            if (m.matches()) {
                value.apply(name).ifPresent(v -> signatories.put(m.group(1), v));
            } else if (env.matches()) {
                value.apply(name).ifPresent(v -> signatories.putIfAbsent(env.group(1), v));
            }
        }
        return signatories;
    }

    private static boolean flag(Function<String, Optional<String>> value, String name) {
        // as SmallRye Config reads a boolean
        return value.apply(name).map(v -> v.strip().toLowerCase(java.util.Locale.ROOT))
                .map(v -> List.of("true", "1", "yes", "y", "on").contains(v)).orElse(false);
    }
}

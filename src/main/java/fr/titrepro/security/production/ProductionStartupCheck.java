package fr.titrepro.security.production;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Stops a start in the {@code prod} profile that still has a demo setting ({@link ProductionSettingsPolicy}), before
 * the référentiels and any demo data load. The {@code dev}, {@code demo} and {@code test} profiles are not checked.
 */
@ApplicationScoped
public class ProductionStartupCheck {

    static final String PROD = "prod";
    private static final Pattern SIGNATORY =
            Pattern.compile("titrepro\\.documents\\.regions\\.\"?([^\".]+)\"?\\.signatory-name");
    /** The same, set as an environment variable: TITREPRO_DOCUMENTS_REGIONS__ARA__SIGNATORY_NAME. */
    private static final Pattern SIGNATORY_ENV =
            Pattern.compile("TITREPRO_DOCUMENTS_REGIONS__?([A-Z0-9]+)__?SIGNATORY_NAME");

    private final Config config;

    @Inject
    public ProductionStartupCheck(Config config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        check();
    }

    /** Throws, listing every refusal, when the profile is {@code prod} and a setting is refused. */
    public void check() {
        if (!config.unwrap(SmallRyeConfig.class).getProfiles().contains(PROD)) {
            return;
        }
        List<String> refusals = ProductionSettingsPolicy.refusals(settings());
        if (!refusals.isEmpty()) {
            throw new ProductionSettingsRefused(refusals);
        }
    }

    ProductionSettings settings() {
        return new ProductionSettings(
                value("quarkus.oidc.credentials.secret"),
                value("quarkus.oidc.api.credentials.secret"),
                value("quarkus.oidc.token-state-manager.encryption-secret"),
                value("quarkus.datasource.username"),
                value("quarkus.datasource.password"),
                value("titrepro.documents.signing.keystore"),
                value("titrepro.documents.signing.keystore").filter(p -> !p.isBlank())
                        .map(p -> Files.isReadable(Path.of(p.strip()))).orElse(false),
                value("titrepro.documents.authority.name"),
                signatories(),
                flag("titrepro.demo.enabled"),
                flag("quarkus.http.proxy.proxy-address-forwarding"),
                value("quarkus.http.proxy.trusted-proxies"));
    }

    private Map<String, String> signatories() {
        Map<String, String> names = new TreeMap<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false).forEach(name -> {
            Matcher m = SIGNATORY.matcher(name);
            Matcher env = SIGNATORY_ENV.matcher(name);
            if (m.matches()) {
                value(name).ifPresent(v -> names.put(m.group(1), v));
            } else if (env.matches()) {
                value(name).ifPresent(v -> names.putIfAbsent(env.group(1), v));
            }
        });
        return names;
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class);
    }

    private boolean flag(String name) {
        return config.getOptionalValue(name, Boolean.class).orElse(false);
    }
}

package fr.titrepro.security.production;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;

import java.util.List;

/**
 * Stops a start in the {@code prod} profile that still has a demo setting ({@link ProductionSettingsPolicy}). The
 * start is refused earlier, while the configuration loads ({@link ProductionConfigGuard}, before Flyway and OIDC);
 * this observer is the second line, before the référentiels and any demo data load, for a configuration changed
 * after it was built. The {@code dev}, {@code demo} and {@code test} profiles are not checked.
 */
@ApplicationScoped
public class ProductionStartupCheck {

    static final String PROD = "prod";

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
        List<String> refusals = ConfiguredSettings.refusals(name -> config.getOptionalValue(name, String.class),
                config.getPropertyNames());
        if (!refusals.isEmpty()) {
            throw new ProductionSettingsRefused(refusals);
        }
    }

    ProductionSettings settings() {
        return ConfiguredSettings.read(name -> config.getOptionalValue(name, String.class),
                config.getPropertyNames());
    }
}

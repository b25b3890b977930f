package fr.titrepro.security.production;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Refuses a production start while Quarkus builds its run-time configuration, that is before any extension starts:
 * Flyway has not migrated, no connection to the database is open and OIDC has not contacted Keycloak. Registered
 * through {@code META-INF/services/io.smallrye.config.ConfigSourceInterceptorFactory}: Quarkus calls
 * {@link #getInterceptor} once for the run-time configuration, which fails with {@link ProductionSettingsRefused}
 * (the French list of {@link ProductionSettingsPolicy}) when a profile is {@code prod}.
 *
 * <p>The factory is also found while the application is built (the build-time configuration, profile {@code prod}
 * when packaging): it only checks at run-time initialisation. The interceptor itself changes no value.
 */
public class ProductionConfigGuard implements ConfigSourceInterceptorFactory {

    /** After the profile (3200) and expression (3300) interceptors: the values it reads are resolved. */
    static final int PRIORITY = Priorities.APPLICATION + 100;

    private final Supplier<ExecutionMode> executionMode;
    private final Supplier<LaunchMode> launchMode;

    public ProductionConfigGuard() {
        this(ExecutionMode::current, LaunchMode::current);
    }

    ProductionConfigGuard(Supplier<ExecutionMode> executionMode, Supplier<LaunchMode> launchMode) {
        this.executionMode = executionMode;
        this.launchMode = launchMode;
    }

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        if (executionMode.get() == ExecutionMode.RUNTIME_INIT && profiles(context).contains(ProductionStartupCheck.PROD)) {
            List<String> refusals = ConfiguredSettings.refusals(name -> value(context, name),
                    () -> context.iterateNames());
            if (!refusals.isEmpty()) {
                throw new ProductionSettingsRefused(refusals);
            }
        }
        return ConfigSourceInterceptorContext::proceed;
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(PRIORITY);
    }

    /** The active profiles: {@code quarkus.profile} when set, else the launch mode's (prod for {@code java -jar}). */
    private List<String> profiles(ConfigSourceInterceptorContext context) {
        String profiles = value(context, "quarkus.profile")
                .or(() -> value(context, "smallrye.config.profile"))
                .orElseGet(() -> launchMode.get().getDefaultProfile());
        List<String> names = new ArrayList<>();
        Arrays.stream(profiles.split(",")).map(String::strip).filter(p -> !p.isEmpty()).forEach(names::add);
        return names;
    }

    private static Optional<String> value(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return value == null ? Optional.empty() : Optional.ofNullable(value.getValue());
    }
}

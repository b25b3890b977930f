package fr.titrepro.security.production;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard on the configuration being built, as Quarkus builds it at run-time initialisation: the shipped
 * application.properties, the environment, the profile given by {@code quarkus.profile} or the launch mode. The
 * refusal happens inside {@code build()}: no extension (Flyway, OIDC) can have run. The whole start is in
 * {@link ProductionStartBeforeFlywayTest}.
 */
class ProductionConfigGuardTest {

    @Test
    void aJarStartedWithTheShippedDefaultsIsRefusedWhileItsConfigurationLoads() {
        // java -jar: launch mode NORMAL, no quarkus.profile → prod
        assertThatThrownBy(() -> build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT, Map.of()))
                .isInstanceOf(ProductionSettingsRefused.class)
                .hasMessageStartingWith("Démarrage en production refusé, 8 réglage(s) à corriger :")
                .hasMessageContaining("quarkus.mailer.host (TITREPRO_SMTP_HOST) n'est pas configuré")
                .hasMessageContaining("quarkus.datasource.username (TITREPRO_DB_USER) est le compte root")
                .hasMessageContaining("quarkus.oidc.credentials.secret (TITREPRO_OIDC_SECRET) est le secret de "
                        + "démonstration « titrepro-demo-secret »");
    }

    @Test
    void theValuesAreReadAfterProfilesAndExpressions() throws IOException {
        // TITREPRO_DB_USER feeds ${TITREPRO_DB_USER:root}; a %prod. value wins over the default
        Map<String, String> env = new HashMap<>(ProductionStartupCheckTest.productionEnvironment());
        env.put("%prod.titrepro.demo.enabled", "true");
        assertThatThrownBy(() -> build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT, env))
                .isInstanceOfSatisfying(ProductionSettingsRefused.class, e -> assertThat(e.refusals())
                        .singleElement().asString().startsWith("titrepro.demo.enabled vaut true"));
        env.remove("%prod.titrepro.demo.enabled");
        assertThatCode(() -> build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT, env)).doesNotThrowAnyException();
    }

    @Test
    void anExplicitProductionProfileIsCheckedInAnyLaunchMode() {
        assertThatThrownBy(() -> build(LaunchMode.TEST, ExecutionMode.RUNTIME_INIT, Map.of("QUARKUS_PROFILE", "prod")))
                .isInstanceOf(ProductionSettingsRefused.class);
        assertThatThrownBy(() -> build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT,
                Map.of("QUARKUS_PROFILE", "kubernetes,prod"))).isInstanceOf(ProductionSettingsRefused.class);
    }

    @Test
    void theDemoDevAndTestProfilesStartWithTheirDemoSettings() {
        for (String profile : new String[]{"demo", "dev", "test"}) {
            assertThatCode(() -> build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT,
                    Map.of("QUARKUS_PROFILE", profile))).as(profile).doesNotThrowAnyException();
        }
        assertThatCode(() -> build(LaunchMode.TEST, ExecutionMode.RUNTIME_INIT, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void packagingTheApplicationIsNotAStart() {
        // the build reads the configuration in the prod profile too, outside run-time initialisation
        assertThatCode(() -> build(LaunchMode.NORMAL, ExecutionMode.UNSET, Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> build(LaunchMode.NORMAL, ExecutionMode.STATIC_INIT, Map.of())).doesNotThrowAnyException();
    }

    @Test
    void theGuardChangesNoValue() throws IOException {
        SmallRyeConfig config = build(LaunchMode.NORMAL, ExecutionMode.RUNTIME_INIT,
                ProductionStartupCheckTest.productionEnvironment());
        assertThat(config.getValue("quarkus.datasource.username", String.class)).isEqualTo("titrepro");
        assertThat(config.getValue("quarkus.oidc.auth-server-url", String.class))
                .isEqualTo("http://127.0.0.1:8180/realms/titrepro");
    }

    @Test
    void quarkusFindsTheGuard() throws IOException {
        URL services = getClass().getResource("/META-INF/services/io.smallrye.config.ConfigSourceInterceptorFactory");
        assertThat(services).isNotNull();
        try (var in = services.openStream()) {
            assertThat(new String(in.readAllBytes())).contains(ProductionConfigGuard.class.getName());
        }
    }

    private static SmallRyeConfig build(LaunchMode launch, ExecutionMode execution, Map<String, String> env)
            throws IOException {
        URL properties = ProductionConfigGuardTest.class.getResource("/application.properties");
        String profile = env.getOrDefault("QUARKUS_PROFILE", launch.getDefaultProfile());
        return new SmallRyeConfigBuilder()
                .withProfiles(java.util.List.of(profile.split(",")))
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new EnvConfigSource(env, 300))
                .withInterceptorFactories(new ProductionConfigGuard(() -> execution, () -> launch))
                .build();
    }
}

package fr.titrepro.security.production;

import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI and /q/openapi are public in dev, demo and tests, off in production (issue 12). Both switches are
 * read at run time, so the same jar serves them under {@code -Dquarkus.profile=demo} (src/tools/run.sh, compose).
 */
class ApiDocumentationProfilesTest {

    @ParameterizedTest(name = "{0}: swagger-ui and openapi enabled = {1}")
    @CsvSource({"prod, false", "demo, true", "dev, true", "test, true"})
    void apiDocumentationPerProfile(String profile, boolean enabled) throws IOException {
        SmallRyeConfig config = ProductionStartupCheckTest.config(profile, Map.of());
        assertThat(config.getOptionalValue("quarkus.swagger-ui.enabled", Boolean.class).orElse(true))
                .isEqualTo(enabled);
        assertThat(config.getOptionalValue("quarkus.smallrye-openapi.enabled", Boolean.class).orElse(true))
                .isEqualTo(enabled);
        // always-include is a build-time switch: the packaged jar must keep the UI for the demo profile
        assertThat(config.getValue("quarkus.swagger-ui.always-include", Boolean.class)).isTrue();
    }
}

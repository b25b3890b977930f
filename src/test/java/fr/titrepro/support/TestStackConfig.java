package fr.titrepro.support;

import fr.titrepro.support.infra.TestStack;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real infrastructure (MariaDB, Keycloak) once for every @QuarkusTest of the run. */
@QuarkusTestResource(TestStack.class)
public final class TestStackConfig {

    private TestStackConfig() {
    }
}

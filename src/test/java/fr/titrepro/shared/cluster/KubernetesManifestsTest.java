package fr.titrepro.shared.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kustomize manifests of docker/k8s (issue 14) read as YAML and checked against the application's own
 * configuration: probes on the health paths and the management port, every setting the production profile reads
 * from the environment provided, Galera with 3 nodes, and the connections of all replicas below max_connections.
 */
class KubernetesManifestsTest {

    static final Path BASE = Path.of("docker/k8s/base");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Environment settings the production may leave unset, with the default it then gets. */
    static final Set<String> OPTIONAL = Set.of(
            "TITREPRO_COOKIE_SECURE",     // true: the session cookie stays Secure behind the TLS Ingress
            "TITREPRO_MANAGEMENT_PORT",   // 9000, the probes' port
            "TITREPRO_SMTP_TLS",          // false: STARTTLS on 587 (TITREPRO_SMTP_STARTTLS, REQUIRED in prod)
            "TITREPRO_SMTP_STARTTLS",
            "TITREPRO_SMTP_SEND_EVERY",   // 30 s between two passes of the outbox's sender
            "TITREPRO_TEST_PORT");        // tests only

    static List<JsonNode> resources = new ArrayList<>();
    static Properties properties = new Properties();

    @BeforeAll
    static void read() throws IOException {
        JsonNode kustomization = YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        for (JsonNode file : kustomization.get("resources")) {
            try (var parser = YAML.getFactory().createParser(BASE.resolve(file.asText()).toFile())) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(n -> {
                    if (n != null && !n.isEmpty()) {
                        resources.add(n);
                    }
                });
            }
        }
        Path props = Path.of("src/main/resources/application.properties");
        try (Reader r = Files.newBufferedReader(props)) {
            properties.load(r);
        }
    }

    static JsonNode resource(String kind, String name) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)
                        && r.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in docker/k8s/base"));
    }

    static JsonNode app() {
        return resource("Deployment", "titrepro").at("/spec/template/spec/containers/0");
    }

    static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.get("name").asText(), e));
        return env;
    }

    static int containerPort(JsonNode container, String portName) {
        return StreamSupport.stream(container.get("ports").spliterator(), false)
                .filter(p -> p.get("name").asText().equals(portName)).findFirst()
                .orElseThrow(() -> new AssertionError("no port " + portName)).get("containerPort").asInt();
    }

    /** The default of a "${VAR:default}" property, or its value. */
    static String property(String key) {
        String value = properties.getProperty(key);
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}").matcher(value == null ? "" : value);
        return m.matches() ? m.group(1) : value;
    }

    @Test
    void everyListedFileIsThereAndTheOverlayBuildsOnTheBase() throws IOException {
        assertThat(resources).extracting(r -> r.get("kind").asText()).contains("Deployment", "Service",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "MariaDB", "Ingress");
        Path overlay = Path.of("docker/k8s/overlays/production");
        JsonNode k = YAML.readTree(overlay.resolve("kustomization.yaml").toFile());
        assertThat(k.get("resources").get(0).asText()).isEqualTo("../../base");
        k.path("patches").forEach(p -> assertThat(overlay.resolve(p.get("path").asText())).exists());
    }

    @Test
    void theProbesAskTheHealthChecksOnTheManagementPortOfTheProductionProfile() {
        assertThat(properties.getProperty("%prod.quarkus.management.enabled")).isEqualTo("true");
        int management = Integer.parseInt(property("quarkus.management.port"));
        JsonNode app = app();
        assertThat(containerPort(app, "management")).isEqualTo(management);
        assertThat(containerPort(app, "http")).isEqualTo(Integer.parseInt(
                properties.getProperty("quarkus.http.port", "8080")));
        assertThat(app.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(app.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(app.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(app.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("management");
        }
        assertThat(app.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(app.at("/resources/limits/memory").asText()).isNotEmpty();
        // the public Service and the Ingress reach the http port only
        JsonNode service = resource("Service", "titrepro");
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        assertThat(resource("Ingress", "titrepro").findValues("service").stream()
                .filter(s -> s.get("name").asText().equals("titrepro"))
                .map(s -> s.at("/port/name").asText()).toList()).containsOnly("http");
    }

    @Test
    void everySettingTheProductionReadsFromTheEnvironmentIsProvided() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue; // another profile's setting (dev, demo, test)
            }
            Matcher m = Pattern.compile("\\$\\{(TITREPRO_[A-Z0-9_]+)").matcher(properties.getProperty(key));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        read.removeAll(OPTIONAL);
        Map<String, JsonNode> env = env(app());
        assertThat(env.keySet()).containsAll(read);
        env.values().forEach(e -> assertThat(e.has("value") || e.has("valueFrom")).as(e.toString()).isTrue());
        // the DREETS signatories of each region come as a whole Secret
        assertThat(app().at("/envFrom/0/secretRef/name").asText()).isEqualTo("titrepro-signatories");
        // behind the Ingress: forwarded headers believed from the trusted proxies only (ProductionSettingsPolicy)
        assertThat(env.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").get("value").asText()).isEqualTo("true");
        assertThat(env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").get("value").asText()).isNotBlank();
        // the heap measured on results day (docs/performance.md « Tenth session »), in the variable the JVM itself
        // reads: the image runs « java -jar » (docker/Dockerfile), no script reads JAVA_OPTS or JAVA_OPTS_APPEND
        assertThat(env.get("JAVA_TOOL_OPTIONS").get("value").asText()).contains("-Xmx256m");
        assertThat(env).doesNotContainKeys("JAVA_OPTS", "JAVA_OPTS_APPEND");
        assertThat(java.nio.file.Files.readString(Path.of("docker/Dockerfile"))).contains("CMD [\"java\", \"-jar\"");
    }

    @Test
    void galeraRunsThreeNodesThroughTheMariaDbOperator() {
        JsonNode db = resource("MariaDB", "titrepro-db");
        assertThat(db.get("apiVersion").asText()).isEqualTo("k8s.mariadb.com/v1alpha1");
        assertThat(db.at("/spec/galera/enabled").asBoolean()).isTrue();
        assertThat(db.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(db.at("/spec/myCnf").asText()).contains("binlog_format=row", "innodb_autoinc_lock_mode=2");
        assertThat(env(app()).get("TITREPRO_DB_URL").get("value").asText()).contains("titrepro-db-primary");
    }

    @Test
    void theConnectionsOfEveryReplicaStayBelowMaxConnections() {
        JsonNode sizeEnv = env(app()).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        int pool = sizeEnv != null ? sizeEnv.get("value").asInt()
                : Integer.parseInt(properties.getProperty("quarkus.datasource.jdbc.max-size"));
        JsonNode hpa = resource("HorizontalPodAutoscaler", "titrepro");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo("titrepro");
        int maxReplicas = hpa.at("/spec/maxReplicas").asInt();
        Matcher m = Pattern.compile("max_connections\\s*=\\s*(\\d+)")
                .matcher(resource("MariaDB", "titrepro-db").at("/spec/myCnf").asText());
        assertThat(m.find()).as("max_connections set in the MariaDB resource").isTrue();
        int maxConnections = Integer.parseInt(m.group(1));
        // Keycloak's own pool (its default, 100 per pod at most) shares the cluster
        int keycloak = resource("Deployment", "keycloak").at("/spec/replicas").asInt() * 100;
        assertThat(pool * maxReplicas + keycloak).as("application and Keycloak connections at the HPA's maximum")
                .isLessThan(maxConnections);
        JsonNode pdb = resource("PodDisruptionBudget", "titrepro");
        assertThat(pdb.at("/spec/selector/matchLabels")).isEqualTo(resource("Deployment", "titrepro")
                .at("/spec/selector/matchLabels"));
        assertThat(pdb.at("/spec/minAvailable").asInt()).isLessThan(hpa.at("/spec/minReplicas").asInt());
    }
}

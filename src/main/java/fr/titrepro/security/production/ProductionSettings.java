package fr.titrepro.security.production;

import java.util.Map;
import java.util.Optional;

/**
 * The settings a production start depends on, as the configuration resolves them (empty when not set).
 *
 * @param regionalSignatories signatory name by region code ({@code titrepro.documents.regions."<code>".signatory-name})
 * @param signingKeystoreReadable whether the keystore file can be read by the application
 * @param trustedProxies      {@code quarkus.http.proxy.trusted-proxies} as written
 * @param tsaUrl              {@code titrepro.documents.tsa-url}: the RFC 3161 timestamp authority (issue 16)
 */
public record ProductionSettings(
        Optional<String> oidcClientSecret,
        Optional<String> apiOidcClientSecret,
        Optional<String> tokenEncryptionSecret,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<String> signingKeystore,
        boolean signingKeystoreReadable,
        Optional<String> authorityName,
        Map<String, String> regionalSignatories,
        boolean demoEnabled,
        boolean proxyAddressForwarding,
        Optional<String> trustedProxies,
        Optional<String> tsaUrl) {
}

package fr.titrepro.document.credential;

import fr.titrepro.document.DocumentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;

/** The issuer as relying parties name it: {@code did:web} of the platform's public address, and its name. */
@ApplicationScoped
public class IssuerIdentity {

    @Inject
    DocumentConfig config;

    /** {@code did:web:titrepro.example.fr}, the port percent-encoded ({@code did:web:127.0.0.1%3A8080}). */
    public String did() {
        URI base = URI.create(config.publicBaseUrl());
        return "did:web:" + base.getHost() + (base.getPort() > 0 ? "%3A" + base.getPort() : "");
    }

    public String name() {
        return config.credentialIssuerName();
    }

    public String baseUrl() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

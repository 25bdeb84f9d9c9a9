package org.carepath.portal.services;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** The ops API of each of the four services, by service name, at the addresses the portal calls them on. */
@ApplicationScoped
public class ServiceOps {

    private final Map<String, OpsApi> byService = new LinkedHashMap<>();

    public ServiceOps(@ConfigProperty(name = "quarkus.rest-client.referrals.url") String referrals,
            @ConfigProperty(name = "quarkus.rest-client.careplan.url") String careplan,
            @ConfigProperty(name = "quarkus.rest-client.discharge.url") String discharge,
            @ConfigProperty(name = "quarkus.rest-client.identity.url") String identity) {
        Map.of("referrals-service", referrals, "careplan-service", careplan, "discharge-service", discharge,
                "identity-service", identity).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(service -> byService.put(service.getKey(),
                        QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(service.getValue())).build(OpsApi.class)));
    }

    public Map<String, OpsApi> byService() {
        return byService;
    }
}

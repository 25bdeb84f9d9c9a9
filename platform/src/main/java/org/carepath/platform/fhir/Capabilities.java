package org.carepath.platform.fhir;

import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * The {@code /fhir/metadata} CapabilityStatement of a service, which names what it serves: each
 * resource with its interactions and search parameters. The platform fills in what every service
 * shares (R4, JSON and XML, bearer tokens, paging, versioned updates with If-Match).
 * <pre>
 * Capabilities.of("referrals-service", "Referrals as ServiceRequest and Task", base, started)
 *     .resource(ResourceType.Task, "Its lifecycle", TypeRestfulInteraction.READ, TypeRestfulInteraction.UPDATE)
 *     .search("status", SearchParamType.TOKEN, "Task.status")
 *     .build();
 * </pre>
 */
public final class Capabilities {

    private final CapabilityStatement statement = new CapabilityStatement();
    private final CapabilityStatementRestComponent rest;
    private CapabilityStatementRestResourceComponent resource;

    private Capabilities(String service, String description, String base, Instant published) {
        statement.setStatus(PublicationStatus.ACTIVE)
                .setDate(Date.from(published))
                .setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1)
                .setName(service.replaceAll("[^A-Za-z0-9]", ""))
                .setTitle("CarePath " + service)
                .setPublisher("CarePath")
                .setDescription(description);
        statement.addFormat("json").addFormat("xml");
        statement.getSoftware().setName("CarePath " + service);
        statement.getImplementation().setDescription("CarePath " + service + " FHIR R4 facade").setUrl(base);
        rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER)
                .setDocumentation("Same tokens, access rules and audit as the service's REST API. Searches page with _count"
                        + " (at most " + Searchset.MAX_COUNT + ") and _page; follow Bundle.link next and previous.");
        rest.getSecurity()
                .setDescription("A bearer token from the CarePath identity provider (Keycloak realm carepath), as for the REST API")
                .addService(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")));
    }

    /**
     * @param base      the FHIR base URL the service answers on (see {@link Searchset#base})
     * @param published when this statement took effect: the service's start
     */
    public static Capabilities of(String service, String description, String base, Instant published) {
        return new Capabilities(service, description, base, published);
    }

    /** A resource the service serves; versioned updates need If-Match (W/"versionId"). */
    public Capabilities resource(ResourceType type, String documentation, TypeRestfulInteraction... interactions) {
        resource = rest.addResource().setType(type.name()).setDocumentation(documentation)
                .setVersioning(ResourceVersionPolicy.VERSIONED);
        for (TypeRestfulInteraction interaction : interactions) {
            resource.addInteraction().setCode(interaction);
            if (interaction == TypeRestfulInteraction.UPDATE) {
                resource.setUpdateCreate(false).setConditionalUpdate(false);
            }
        }
        return this;
    }

    /** A search parameter of the resource named last, with its FHIRPath. */
    public Capabilities search(String name, SearchParamType type, String documentation) {
        resource.addSearchParam().setName(name).setType(type).setDocumentation(documentation);
        return this;
    }

    public CapabilityStatement build() {
        return statement;
    }
}

package org.carepath.identity.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.journey.JourneyService;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/persons/{nhsNumber}/journey")
@Tag(name = "Journey")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

    private final JourneyService journey;
    private final CurrentActor actor;

    public JourneyResource(JourneyService journey, CurrentActor actor) {
        this.journey = journey;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "The person's shared journey across services, to staff of an organisation involved with them")
    public Uni<JourneyResponse> get(@RestPath @NhsNumber String nhsNumber,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return journey.journeyOf(nhsNumber, actor.get(), page, size)
                .map(found -> JourneyResponse.of(nhsNumber, found));
    }
}

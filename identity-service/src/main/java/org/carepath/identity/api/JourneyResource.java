package org.carepath.identity.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.journey.Involvement;
import org.carepath.identity.journey.JourneyFilter;
import org.carepath.identity.journey.JourneyReader;
import org.carepath.platform.api.QueryInstants;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/persons/{nhsNumber}")
@Tag(name = "Journey")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

    private final JourneyReader journey;
    private final Callers callers;

    public JourneyResource(JourneyReader journey, Callers callers) {
        this.journey = journey;
        this.callers = callers;
    }

    @GET
    @Path("/journey")
    @Operation(summary = "The person's shared journey across services, oldest first, with who else is involved;"
            + " to staff of an organisation involved with them (or under break-glass); audited")
    public Uni<JourneyResponse> get(@RestPath @NhsNumber String nhsNumber,
            @RestQuery String from, @RestQuery String to, @RestQuery String sector, @RestQuery List<String> type,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        var filter = new JourneyFilter(QueryInstants.of("from", from), QueryInstants.of("to", to), sector, type);
        return callers.current()
                .chain(caller -> journey.journeyOf(nhsNumber, filter, caller, page, size))
                .map(JourneyResponse::of);
    }

    @GET
    @Path("/involvement")
    @Operation(summary = "Who is involved with the person now and since when: active services, teams, the care coordinator; audited")
    public Uni<Involvement> involvement(@RestPath @NhsNumber String nhsNumber) {
        return callers.current()
                .chain(caller -> journey.involvementOf(nhsNumber, caller));
    }
}

package org.carepath.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** discharge-service's board and daily sitrep of the user's own hospital, called with the user's token. */
@RegisterRestClient(configKey = "discharge")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
public interface DischargeApi {

    @GET
    @Path("/board")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Board> board(@QueryParam("ward") String ward);

    @GET
    @Path("/sitrep")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Sitrep> sitrep(@QueryParam("date") LocalDate date);

    @GET
    @Path("/sitrep.csv")
    @Produces("text/csv")
    Uni<String> sitrepCsv(@QueryParam("date") LocalDate date);

    record Board(String hospital, String ward, Instant at, int people, int withNoCriteriaToReside, List<Entry> entries) {
    }

    record Entry(UUID episodeId, String nhsNumber, String ward, String bed, Instant admittedAt,
            LocalDate expectedDischargeDate, boolean noCriteriaToReside, Instant noCriteriaSince, long delayedDays,
            Integer plannedPathway, List<String> openMilestones, Delay currentDelay) {
    }

    record Delay(String code, String reason, String sector, Instant since) {
    }

    record Sitrep(String hospital, LocalDate date, int peopleWithNoCriteriaToReside, List<ReasonCount> byReason,
            Map<String, Integer> bySector, long delayedBedDays, Map<String, Integer> dischargesByPathway) {
    }

    record ReasonCount(String code, String reason, String sector, int people) {
    }
}

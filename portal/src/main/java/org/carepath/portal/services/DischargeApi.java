package org.carepath.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * discharge-service's board and daily sitrep of the user's own hospital, and the delays attributed to the user's
 * organisation with their answers, called with the user's token.
 */
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

    /** The delays attributed to the caller's organisation, open or recently ended, longest waiting first. */
    @GET
    @Path("/delays/attributed")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Attributed> attributed(@QueryParam("page") int page, @QueryParam("size") int size);

    /** {@code acknowledge} or {@code dispute}; If-Match is the episode's version the user saw. */
    @POST
    @Path("/episodes/{episodeId}/delays/{delayId}/{answer}")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<DelayDetail> answer(@PathParam("episodeId") UUID episodeId, @PathParam("delayId") UUID delayId,
            @PathParam("answer") String answer, @HeaderParam("If-Match") String ifMatch, Reason reason);

    /** @param delayedDaysByStanding delayed days of the people in now by their delay's standing (acknowledged, disputed, ...) */
    record Board(String hospital, String ward, Instant at, int people, int withNoCriteriaToReside,
            Map<String, Long> delayedDaysByStanding, List<Entry> entries) {
    }

    record Entry(UUID episodeId, String nhsNumber, String ward, String bed, Instant admittedAt,
            LocalDate expectedDischargeDate, boolean noCriteriaToReside, Instant noCriteriaSince, long delayedDays,
            Integer plannedPathway, List<String> openMilestones, Delay currentDelay) {
    }

    record Delay(String code, String reason, String sector, Instant since, String accountableOrganisation,
            String standing) {
    }

    record Attributed(List<AttributedDelay> items, long total) {
    }

    /** @param version the episode's version, sent back as If-Match with an answer */
    record AttributedDelay(UUID episodeId, String hospital, String ward, String nhsNumber, String episodeStatus,
            long version, DelayDetail delay) {
    }

    /** A delay as the hospital and the accountable organisation both see it. */
    record DelayDetail(UUID id, String code, String reason, String sector, Instant start, Instant end, String notes,
            long delayedDays, String accountableOrganisation, Chain chain, String standing, Answer answer,
            List<Answer> answers) {
    }

    /** Who is waiting on whom: the stage the linked referral has reached, and a redirect's onward referral. */
    /** What a delay waits on and how far it has got: a referral (service, onward referral) or a care plan action (description, due date). */
    record Chain(String stage, UUID referralId, String organisation, String team, String service, boolean onHold,
            Instant since, String closedAs, String closedReason, Chain onward, String description, LocalDate dueDate) {
    }

    /** @param kind acknowledged or disputed */
    record Answer(String kind, String reason, String organisation, String by, String byName, Instant at) {
    }

    record Reason(String reason) {
    }

    record Sitrep(String hospital, LocalDate date, int peopleWithNoCriteriaToReside, List<ReasonCount> byReason,
            Map<String, Integer> bySector, long delayedBedDays, Map<String, Integer> delayedBedDaysByStanding,
            Map<String, Integer> dischargesByPathway) {
    }

    record ReasonCount(String code, String reason, String sector, int people) {
    }
}

package org.carepath.discharge.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.discharge.board.Board;
import org.carepath.discharge.board.Sitrep;
import org.carepath.discharge.episode.EpisodeRepository;
import org.carepath.platform.api.Limits;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.time.CareDay;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The live board and the daily sitrep of the caller's own hospital. */
@Path("/")
@Tag(name = "Board and sitrep")
public class BoardResource {

    private final EpisodeRepository episodes;
    private final CurrentActor actor;
    private final Clock clock;

    public BoardResource(EpisodeRepository episodes, CurrentActor actor, Clock clock) {
        this.episodes = episodes;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Path("/board")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everyone in the caller's hospital (or on one ward) now: no criteria to reside and for how many"
            + " days, pathway, open milestones, the current delay and its sector; longest delayed first")
    public Uni<Board> board(@RestQuery @Size(max = Limits.WARD) String ward) {
        String hospital = hospitalOf(actor.get());
        return Panache.withSession(() -> episodes.inHospital(hospital, ward))
                .map(found -> Board.of(hospital, ward, found, clock.instant()));
    }

    @GET
    @Path("/sitrep")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The daily situation report for a date (Europe/London; today by default)")
    public Uni<Sitrep> sitrep(@RestQuery LocalDate date) {
        return report(date);
    }

    @GET
    @Path("/sitrep.csv")
    @Produces("text/csv")
    @Operation(summary = "The same daily situation report as CSV, for spreadsheets and returns")
    public Uni<String> sitrepCsv(@RestQuery LocalDate date) {
        return report(date).map(Sitrep::toCsv);
    }

    private Uni<Sitrep> report(LocalDate date) {
        String hospital = hospitalOf(actor.get());
        LocalDate day = date == null ? CareDay.today(clock) : date;
        var from = day.atStartOfDay(CareDay.ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(CareDay.ZONE).toInstant();
        return Panache.withSession(() -> episodes.openDuring(hospital, from, to))
                .map(found -> Sitrep.of(hospital, day, found));
    }

    private static String hospitalOf(CareActor actor) {
        if (actor.organisation() == null) {
            throw ProblemException.forbidden("your token names no organisation, so there is no hospital board for you");
        }
        return actor.organisation();
    }
}

package org.carepath.discharge.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.discharge.board.Board;
import org.carepath.discharge.board.BoardService;
import org.carepath.discharge.board.Sitrep;
import org.carepath.platform.api.Limits;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** The live board and the daily sitrep of the caller's own hospital. */
@AuditedReads("discharge-board")
@Path("/")
@Tag(name = "Board and sitrep")
public class BoardResource {

    private final BoardService boards;
    private final CurrentActor actor;

    public BoardResource(BoardService boards, CurrentActor actor) {
        this.boards = boards;
        this.actor = actor;
    }

    @GET
    @Path("/board")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everyone in the caller's hospital (or on one ward) now: no criteria to reside and for how many"
            + " days, pathway, open milestones, the current delay and its sector; longest delayed first")
    public Uni<Board> board(@RestQuery @Size(max = Limits.WARD) String ward) {
        return boards.board(actor.get(), ward);
    }

    @GET
    @Path("/sitrep")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The daily situation report for a date (Europe/London; today by default)")
    public Uni<Sitrep> sitrep(@RestQuery LocalDate date) {
        return boards.sitrep(actor.get(), date);
    }

    @GET
    @Path("/sitrep.csv")
    @Produces("text/csv")
    @Operation(summary = "The same daily situation report as CSV, for spreadsheets and returns")
    public Uni<String> sitrepCsv(@RestQuery LocalDate date) {
        return boards.sitrep(actor.get(), date).map(Sitrep::toCsv);
    }
}

package org.carepath.discharge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.discharge.api.EpisodeViews.AttributedDelay;
import org.carepath.discharge.episode.EpisodeService;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** Delays as the organisation they are attributed to sees them: the same facts as the hospital's episode view. */
@AuditedReads("delay")
@Path("/delays")
@Tag(name = "Delays")
@Produces(MediaType.APPLICATION_JSON)
public class DelayResource {

    private final EpisodeService episodes;
    private final CurrentActor actor;

    public DelayResource(EpisodeService episodes, CurrentActor actor) {
        this.episodes = episodes;
        this.actor = actor;
    }

    @GET
    @Path("/attributed")
    @Operation(summary = "The open and recently ended delays attributed to the caller's organisation, longest waiting first:"
            + " hospital, ward, person, reason, since when, delayed days, what it waits on, the chain and the answers")
    public Uni<Page<AttributedDelay>> attributed(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
        return episodes.attributed(actor.get(), page, size).map(found -> found.map(AttributedDelay::of));
    }
}

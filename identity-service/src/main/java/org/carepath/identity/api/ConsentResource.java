package org.carepath.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.consent.Consent;
import org.carepath.identity.consent.SeenObjections;
import org.carepath.identity.consent.SharingObjection;
import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/persons/{nhsNumber}/objections")
@Tag(name = "Sharing preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final Consent consent;
    private final Callers callers;

    public ConsentResource(Consent consent, Callers callers) {
        this.consent = consent;
        this.callers = callers;
    }

    /**
     * @param scope  sector or organisation
     * @param target the sector code (acute, community, primary-care, social-care, voluntary) or the ODS code
     */
    public record Objection(@NotBlank @Pattern(regexp = "sector|organisation", message = "must be sector or organisation") String scope,
            @NotBlank @Size(max = Limits.SHORT_NAME) String target, @Size(max = Limits.SHORT_TEXT) String reason) {
    }

    /** Reason and who recorded it are null for a reader the objection reaches: it learns only that it stands. */
    public record ObjectionView(UUID id, String scope, String target, String reason, String recordedBy,
            String recordedByOrganisation, Instant recordedAt, String withdrawnBy, Instant withdrawnAt) {

        static ObjectionView of(SharingObjection objection) {
            return new ObjectionView(objection.id(), objection.scope(), objection.target(), objection.reason(),
                    objection.recordedBy(), objection.recordedByOrganisation(), objection.recordedAt(),
                    objection.withdrawnBy(), objection.withdrawnAt());
        }

        static List<ObjectionView> of(SeenObjections seen) {
            return seen.objections().stream()
                    .map(objection -> seen.restricted() ? restricted(objection) : of(objection))
                    .toList();
        }

        private static ObjectionView restricted(SharingObjection objection) {
            return new ObjectionView(objection.id(), objection.scope(), objection.target(), null, null, null,
                    objection.recordedAt(), null, null);
        }
    }

    @POST
    @Operation(summary = "Record the person's objection to sharing with a sector or organisation; by staff of an organisation involved with them")
    public Uni<RestResponse<ObjectionView>> object(@RestPath @NhsNumber String nhsNumber, @NotNull @Valid Objection request) {
        return callers.current()
                .chain(caller -> consent.object(nhsNumber, request.scope(), request.target(), request.reason(), caller))
                .map(ObjectionView::of)
                .map(view -> RestResponse.status(RestResponse.Status.CREATED, view));
    }

    @GET
    @Operation(summary = "The person's objections, standing and withdrawn, with who recorded them and when; audited."
            + " A party an objection reaches sees only the standing objections that reach it, without who or why")
    public Uni<List<ObjectionView>> list(@RestPath @NhsNumber String nhsNumber) {
        return callers.current()
                .chain(caller -> consent.of(nhsNumber, caller))
                .map(ObjectionView::of);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw an objection (the person changed their mind); kept with who withdrew it and when;"
            + " by staff of an involved organisation the objection does not reach, or the data controller's admin")
    public Uni<ObjectionView> withdraw(@RestPath @NhsNumber String nhsNumber, @RestPath UUID id) {
        return callers.current()
                .chain(caller -> consent.withdraw(nhsNumber, id, caller))
                .map(ObjectionView::of);
    }
}

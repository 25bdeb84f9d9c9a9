package org.carepath.discharge.api;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.carepath.discharge.adt.AdtService;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** HL7 v2 ADT over HTTP: the same messages and ACKs as the MLLP listener, for engines that speak HTTP. */
@Path("/adt")
@Tag(name = "HL7 v2 ADT")
public class AdtResource {

    static final String HL7_V2 = "application/hl7-v2";

    private final AdtService adt;
    private final CurrentActor actor;

    public AdtResource(AdtService adt, CurrentActor actor) {
        this.adt = adt;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATION)
    @Consumes({ HL7_V2, "text/plain" })
    @Produces(HL7_V2)
    @Operation(summary = "Apply an ADT A01, A02, A03, A08, A11 or A13 (integration clients, for their own organisation"
            + " in MSH-4 only); answers with the ACK: AA, AE or AR with the reason in MSA-3")
    public Uni<String> receive(String message) {
        String organisation = actor.get().organisation();
        if (organisation == null) {
            throw ProblemException.forbidden("the integration client's token names no organisation");
        }
        return adt.receive(message.replace("\r\n", "\r").replace('\n', '\r'), Set.of(organisation));
    }
}

package org.carepath.discharge.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.discharge.reference.DelayCode;
import org.carepath.discharge.reference.DelayCodes;
import org.carepath.platform.api.Limits;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/** Delay reason codes: the set in force for everyone to read, and other jurisdictions' sets for an admin to load. */
@Path("/delay-codes")
@Tag(name = "Delay reason codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelayCodeResource {

    public record CodeView(String codeSet, String code, String reason) {

        static CodeView of(DelayCode code) {
            return new CodeView(code.codeSet(), code.code(), code.reason());
        }
    }

    public record CodeEntry(@NotBlank @Size(max = Limits.CODE) String code, @NotBlank @Size(max = Limits.LABEL) String reason) {
    }

    private final DelayCodes codes;

    public DelayCodeResource(DelayCodes codes) {
        this.codes = codes;
    }

    @GET
    @Operation(summary = "The codes of a set, by default the one in force (discharge.delay-code-set)")
    public Uni<List<CodeView>> list(@RestQuery @Size(max = Limits.CODE_NAME) String codeSet) {
        return codes.read(codeSet)
                .map(found -> found.stream().map(CodeView::of).toList());
    }

    @PUT
    @Path("/{codeSet}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load (replace) another jurisdiction's code set (admin); 409 for the set in force")
    public Uni<List<CodeView>> load(@RestPath @Pattern(regexp = "[a-z0-9-]{2,30}") String codeSet,
            @NotNull @Size(min = 1, max = Limits.DELAY_CODES) List<@NotNull @Valid CodeEntry> entries) {
        return codes.load(codeSet, entries.stream().map(entry -> new DelayCodes.Entry(entry.code(), entry.reason())).toList())
                .map(found -> found.stream().map(CodeView::of).toList());
    }
}

package org.carepath.identity.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.directory.Registration;
import org.carepath.identity.directory.StaffDirectory;
import org.carepath.identity.directory.StaffMember;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/practitioners")
@Tag(name = "Staff directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PractitionerResource {

    private final StaffDirectory directory;
    private final Callers callers;

    public PractitionerResource(StaffDirectory directory, Callers callers) {
        this.directory = directory;
        this.callers = callers;
    }

    public record PractitionerView(String userId, String name, String profession, String registrationBody,
            String registrationNumber, String organisation, List<String> teams) {

        static PractitionerView of(StaffMember member) {
            var registration = member.registration();
            return new PractitionerView(member.userId(), member.name(), member.profession(), registration.body(),
                    registration.number(), member.organisation(), member.teams());
        }
    }

    /** @param registrationBody e.g. NMC, HCPC, GMC, Social Work England */
    public record RegistrationRequest(@Size(max = Limits.SHORT_NAME) String profession,
            @NotBlank @Size(max = Limits.SHORT_NAME) String registrationBody,
            @NotBlank @Size(max = Limits.REGISTRATION_NUMBER) String registrationNumber) {
    }

    @GET
    @Operation(summary = "The staff directory, by name; readable by all staff")
    public Uni<Page<PractitionerView>> list(@RestQuery @Size(max = Limits.ODS_CODE) String organisation,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return callers.current()
                .chain(caller -> directory.list(organisation, page, size))
                .map(found -> found.map(PractitionerView::of));
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "A practitioner: profession, registration, employer and teams")
    public Uni<RestResponse<PractitionerView>> get(@RestPath @Size(max = Limits.USER_ID) String userId) {
        return callers.current()
                .chain(caller -> directory.find(userId))
                .map(PractitionerResource::withVersion);
    }

    @PUT
    @Path("/{userId}/registration")
    @Operation(summary = "Set the professional registration: by the practitioner, or an admin or manager of their employer; needs If-Match")
    public Uni<RestResponse<PractitionerView>> register(@RestPath @Size(max = Limits.USER_ID) String userId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid RegistrationRequest request) {
        return callers.current()
                .chain(caller -> directory.register(userId, new Registration(request.profession(),
                        request.registrationBody(), request.registrationNumber()), caller, ifMatch))
                .map(PractitionerResource::withVersion);
    }

    private static RestResponse<PractitionerView> withVersion(StaffMember member) {
        return RestResponse.ResponseBuilder.ok(PractitionerView.of(member))
                .header(HttpHeaders.ETAG, IfMatch.etag(member.version()))
                .build();
    }
}

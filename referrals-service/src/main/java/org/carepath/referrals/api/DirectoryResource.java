package org.carepath.referrals.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.directory.CareService;
import org.carepath.referrals.directory.CareServiceRepository;
import org.carepath.referrals.directory.DirectoryService;
import org.carepath.referrals.directory.Organisation;
import org.carepath.referrals.directory.Sector;
import org.carepath.referrals.directory.ServiceCategory;
import org.carepath.referrals.directory.ServiceDescription;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.ResponseTarget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** The service directory: readable by every signed-in user, kept by administrators. */
@Path("/directory")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DirectoryService directory;

    public DirectoryResource(DirectoryService directory) {
        this.directory = directory;
    }

    public record OrganisationRequest(
            @Schema(examples = "Northfield Community Health NHS Trust") @NotBlank @Size(max = Limits.NAME) String name,
            @NotNull Sector sector, @Schema(examples = "Northfield") @Size(max = Limits.SHORT_NAME) String area) {
    }

    public record OrganisationView(String odsCode, String name, Sector sector, String area) {

        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.odsCode(), organisation.name(), organisation.sector(), organisation.area());
        }
    }

    @Schema(description = "A service and its response target per priority it takes, e.g. {\"urgent\": \"PT24H\", \"routine\": \"5 working days\"}")
    public record ServiceRequest(
            @Schema(examples = "RY1") @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code") String organisation,
            @Schema(examples = "Home reablement") @NotBlank @Size(max = Limits.NAME) String name,
            @Size(max = Limits.FREE_TEXT) String description,
            @Size(max = Limits.FREE_TEXT) String eligibility,
            @Schema(examples = "reablement") @Size(max = Limits.TEAM) String team,
            @Schema(examples = "Northfield") @Size(max = Limits.SHORT_NAME) String area,
            @Schema(examples = "01234 567890, reablement@ry1.example") @Size(max = Limits.LABEL) String contact,
            @Schema(examples = "reablement", description = "What kind of help it gives; left out when none fits")
            ServiceCategory category,
            @NotEmpty Map<Priority, @NotBlank @Size(max = Limits.RESPONSE_TARGET) String> responseTargets) {

        ServiceDescription toDescription() {
            return new ServiceDescription(name, description, eligibility, team, area, contact, category,
                    responseTargets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> target(entry.getKey(), entry.getValue()))));
        }

        private static ResponseTarget target(Priority priority, String text) {
            try {
                return ResponseTarget.parse(text);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("responseTargets." + priority.code(), e.getMessage());
            }
        }
    }

    public record Retirement(@NotNull LocalDate effectiveFrom, UUID successorServiceId,
            @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    public record ServiceView(UUID id, String name, String description, String eligibility, String organisation,
            String team, String area, String contact, ServiceCategory category, Map<Priority, String> responseTargets,
            LocalDate retiredFrom,
            UUID successorServiceId, String retirementReason, long version) {

        static ServiceView of(CareService service) {
            return new ServiceView(service.id(), service.name(), service.description(), service.eligibility(),
                    service.organisation(), service.team(), service.area(), service.contact(), service.category(),
                    service.responseTargets().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().text())),
                    service.retiredFrom(), service.successorId(), service.retirementReason(), service.version());
        }
    }

    @GET
    @Path("/organisations")
    @Operation(summary = "Organisations in the directory, by name")
    public Uni<Page<OrganisationView>> organisations(@RestQuery Sector sector,
            @RestQuery @DefaultValue("0") @Min(0) int page, @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.organisations(sector, page, size).map(found -> found.map(OrganisationView::of));
    }

    @GET
    @Path("/organisations/{odsCode}")
    public Uni<OrganisationView> organisation(@RestPath @Size(max = Limits.ODS_CODE) String odsCode) {
        return directory.organisation(odsCode).map(OrganisationView::of);
    }

    @PUT
    @Path("/organisations/{odsCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an organisation or change its name, sector or area (admin)")
    public Uni<OrganisationView> register(@RestPath @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code") String odsCode,
            @NotNull @Valid OrganisationRequest body) {
        return directory.register(odsCode, body.name(), body.sector(), body.area()).map(OrganisationView::of);
    }

    @GET
    @Path("/services")
    @Operation(summary = "Search services by name, sector, area or organisation; open services only unless includeRetired")
    public Uni<Page<ServiceView>> services(@RestQuery @Size(max = Limits.NAME) String name, @RestQuery Sector sector,
            @RestQuery @Size(max = Limits.SHORT_NAME) String area, @RestQuery @Size(max = Limits.ODS_CODE) String organisation,
            @RestQuery @DefaultValue("false") boolean includeRetired,
            @RestQuery @DefaultValue("0") @Min(0) int page, @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        var search = new CareServiceRepository.Search(name, sector, area, organisation, includeRetired);
        return directory.search(search, page, size).map(found -> found.map(ServiceView::of));
    }

    @GET
    @Path("/services/{id}")
    public Uni<RestResponse<ServiceView>> service(@RestPath UUID id) {
        return directory.service(id).map(DirectoryResource::withVersion);
    }

    @POST
    @Path("/services")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a service (admin); emits care-service.published")
    public Uni<RestResponse<ServiceView>> add(@NotNull @Valid ServiceRequest body) {
        if (body.organisation() == null) {
            throw ProblemException.badRequest("organisation: the providing organisation's ODS code is required");
        }
        return directory.add(body.organisation(), body.toDescription())
                .map(service -> RestResponse.ResponseBuilder.<ServiceView>created(URI.create("/directory/services/" + service.id()))
                        .entity(ServiceView.of(service))
                        .header(HttpHeaders.ETAG, IfMatch.etag(service.version()))
                        .build());
    }

    @PUT
    @Path("/services/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a service (admin, If-Match); emits care-service.published")
    public Uni<RestResponse<ServiceView>> change(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ServiceRequest body) {
        return directory.change(id, body.toDescription(), ifMatch).map(DirectoryResource::withVersion);
    }

    @POST
    @Path("/services/{id}/retirement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a service from a date, naming its successor (admin, If-Match); emits care-service.retired")
    public Uni<RestResponse<ServiceView>> retire(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Retirement body) {
        return directory.retire(id, body.effectiveFrom(), body.successorServiceId(), body.reason(), ifMatch)
                .map(DirectoryResource::withVersion);
    }

    private static RestResponse<ServiceView> withVersion(CareService service) {
        return RestResponse.ResponseBuilder.ok(ServiceView.of(service))
                .header(HttpHeaders.ETAG, IfMatch.etag(service.version()))
                .build();
    }
}

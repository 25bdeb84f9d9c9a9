package org.carepath.identity.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.identity.api.PersonRequests.Correct;
import org.carepath.identity.api.PersonRequests.Link;
import org.carepath.identity.api.PersonRequests.Merge;
import org.carepath.identity.api.PersonRequests.Register;
import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.Person;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.identity.person.PersonService;
import org.carepath.identity.records.PersonMerge;
import org.carepath.identity.records.PersonRecords;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/persons")
@Tag(name = "Person index")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService persons;
    private final PersonRecords records;
    private final PersonMerge merges;
    private final Callers callers;

    public PersonResource(PersonService persons, PersonRecords records, PersonMerge merges, Callers callers) {
        this.persons = persons;
        this.records = records;
        this.merges = merges;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Register a person by NHS number with minimal demographics (or fill those of one known only from events); 409 if already registered")
    public Uni<RestResponse<PersonView>> register(@NotNull @Valid Register request) {
        return callers.current()
                .chain(caller -> persons.register(request.nhsNumber(), request.demographics()))
                .map(person -> RestResponse.ResponseBuilder.<PersonView>created(URI.create("/persons/" + person.nhsNumber()))
                        .header(HttpHeaders.ETAG, IfMatch.etag(person.version()))
                        .entity(PersonView.of(person))
                        .build());
    }

    @GET
    @Operation(summary = "Find a person by a local identifier (kind, value, assigning organisation); audited")
    public Uni<PersonView> lookup(
            @RestQuery @NotBlank @Pattern(regexp = PersonIdentifier.KINDS, message = "must be one of " + PersonIdentifier.KINDS) String kind,
            @RestQuery @NotBlank @Size(max = Limits.IDENTIFIER) String value,
            @RestQuery @NotBlank @Size(max = Limits.ODS_CODE) String assigningOrganisation) {
        return callers.current()
                .chain(caller -> records.lookup(new LocalIdentifier(kind, value, assigningOrganisation), caller))
                .map(PersonView::of);
    }

    @GET
    @Path("/{nhsNumber}")
    @Operation(summary = "A person's demographics and identifiers; a retired NHS number leads to the survivor; audited")
    public Uni<RestResponse<PersonView>> get(@RestPath @NhsNumber String nhsNumber) {
        return callers.current()
                .chain(caller -> records.find(nhsNumber, caller))
                .map(record -> withVersion(PersonView.of(record), record.person()));
    }

    @PUT
    @Path("/{nhsNumber}")
    @Operation(summary = "Correct a person's demographics; needs If-Match")
    public Uni<RestResponse<PersonView>> correct(@RestPath @NhsNumber String nhsNumber,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Correct request) {
        return callers.current()
                .chain(caller -> persons.correct(nhsNumber, request.demographics(), ifMatch))
                .map(person -> withVersion(PersonView.of(person), person));
    }

    @POST
    @Path("/{nhsNumber}/identifiers")
    @Operation(summary = "Link a local identifier the caller's organisation assigned; 409 if it belongs to another person")
    public Uni<PersonView> link(@RestPath @NhsNumber String nhsNumber, @NotNull @Valid Link request) {
        return callers.current()
                .chain(caller -> records.link(nhsNumber, request.identifier(), caller))
                .map(PersonView::of);
    }

    @POST
    @Path("/{nhsNumber}/merge")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Merge another record of the same person into this one, with a reason; emits identity.person-merged")
    public Uni<PersonView> merge(@RestPath @NhsNumber String nhsNumber, @NotNull @Valid Merge request) {
        return callers.current()
                .chain(caller -> merges.merge(nhsNumber, request.retiredNhsNumber(), request.reason(), caller))
                .map(PersonView::of);
    }

    private static RestResponse<PersonView> withVersion(PersonView view, Person person) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, IfMatch.etag(person.version())).build();
    }
}

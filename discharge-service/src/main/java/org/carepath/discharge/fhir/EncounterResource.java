package org.carepath.discharge.fhir;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.discharge.episode.EpisodeSearch;
import org.carepath.discharge.episode.EpisodeService;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CurrentActor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.parser.DataFormatException;
import io.smallrye.mutiny.Uni;

/** The inpatient episode as a FHIR Encounter: read and search, with the REST API's access rules. */
@AuditedReads("episode")
@Path("/fhir/Encounter")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class EncounterResource {

    private static final Set<String> SEARCH = Stream.concat(FhirSearch.PERSON.stream(),
            Stream.of("_id", "status", "ward", "_lastUpdated")).collect(Collectors.toUnmodifiableSet());

    private final EpisodeService episodes;
    private final CurrentActor actor;

    public EncounterResource(EpisodeService episodes, CurrentActor actor) {
        this.episodes = episodes;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<Encounter>> read(@RestPath String id) {
        return episodes.find(SearchParameters.id(id, "Encounter"), actor.get())
                .map(seen -> FhirResponses.ok(EpisodesAsFhir.encounter(seen)));
    }

    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        var period = FhirSearch.period(parameters, "_lastUpdated");
        EpisodeSearch search = EpisodeSearch.any()
                .ofPerson(FhirSearch.nhsNumber(parameters))
                .onWard(FhirSearch.single(parameters, "ward"))
                .updatedWithin(period.from(), period.before());
        String id = FhirSearch.single(parameters, "_id");
        if (id != null) {
            UUID episode = SearchParameters.orNull(id, "_id");
            if (episode == null) {
                return Uni.createFrom().item(Searchset.none(paging, uri));
            }
            search = search.withId(episode);
        }
        String status = FhirSearch.single(parameters, "status");
        if (status != null) {
            search = search.withStatuses(EpisodesAsFhir.withEncounterStatus(encounterStatus(status)));
        }
        return episodes.search(search, actor.get(), paging.page(), paging.count())
                .map(found -> Searchset.of(found, EpisodesAsFhir::encounter, uri));
    }

    private static EncounterStatus encounterStatus(String code) {
        try {
            return EncounterStatus.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException | DataFormatException unknown) {
            throw InvalidInput.field("status", "'" + code + "' is not an Encounter status");
        }
    }
}

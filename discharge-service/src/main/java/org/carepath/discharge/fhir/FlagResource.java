package org.carepath.discharge.fhir;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeSearch;
import org.carepath.discharge.episode.EpisodeService;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.platform.api.Page;
import org.carepath.platform.audit.AuditedReads;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.FhirSearch;
import org.carepath.platform.fhir.Searchset;
import org.carepath.platform.security.CurrentActor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.parser.DataFormatException;
import io.smallrye.mutiny.Uni;

/**
 * Each discharge delay as a FHIR Flag on its Encounter: read and search, seen by whoever may see the
 * episode that recorded it (the REST API's rule), and by no one else.
 */
@AuditedReads("episode")
@Path("/fhir/Flag")
@Produces({ FhirFormat.JSON_TYPE, FhirFormat.XML_TYPE })
public class FlagResource {

    private static final Set<String> SEARCH = Stream.concat(FhirSearch.PERSON.stream(),
            Stream.of("_id", "encounter", "status", "_lastUpdated")).collect(Collectors.toUnmodifiableSet());
    /** Newest admission first (as the episodes come), then each episode's latest delay first. */
    private static final Comparator<Delay> LATEST_FIRST = Comparator.comparing(Delay::start).reversed();

    private final EpisodeService episodes;
    private final CurrentActor actor;

    public FlagResource(EpisodeService episodes, CurrentActor actor) {
        this.episodes = episodes;
        this.actor = actor;
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<Flag>> read(@RestPath String id) {
        UUID delayId = SearchParameters.id(id, "Flag");
        return episodes.findByDelay(delayId, actor.get())
                .map(episode -> FhirResponses.ok(EpisodesAsFhir.flag(episode, delay(episode, delayId))));
    }

    @GET
    public Uni<Bundle> search(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = FhirSearch.only(uri, SEARCH);
        var paging = FhirSearch.paging(parameters);
        var period = FhirSearch.period(parameters, "_lastUpdated");
        String person = FhirSearch.nhsNumber(parameters);
        EpisodeSearch search = EpisodeSearch.any()
                .ofPerson(person)
                .updatedWithin(period.from(), period.before());
        String encounter = FhirSearch.single(parameters, "encounter");
        if (encounter != null) {
            UUID episode = SearchParameters.orNull(FhirSearch.reference(encounter, "encounter", "Encounter"), "encounter");
            if (episode == null) {
                return Uni.createFrom().item(Searchset.none(paging, uri));
            }
            search = search.withId(episode);
        }
        Predicate<Flag> wanted = flag -> true;
        String id = FhirSearch.single(parameters, "_id");
        if (id != null) {
            UUID delayId = SearchParameters.orNull(id, "_id");
            if (delayId == null) {
                return Uni.createFrom().item(Searchset.none(paging, uri));
            }
            wanted = wanted.and(flag -> flag.getIdElement().getIdPart().equals(delayId.toString()));
        }
        String status = FhirSearch.single(parameters, "status");
        if (status != null) {
            FlagStatus asked = flagStatus(status);
            wanted = wanted.and(flag -> flag.getStatus() == asked);
        }
        if (person == null && encounter == null) {
            // delays are read with their episodes and paged in memory: one person's or one stay's, never a hospital's
            throw InvalidInput.field("subject:identifier", "or encounter is needed: delays are searched for one person"
                    + " or one stay at a time");
        }
        Predicate<Flag> matching = wanted;
        return episodes.delayed(search, actor.get())
                .map(found -> page(flags(found, matching), paging))
                .map(page -> Searchset.of(page, flag -> flag, uri));
    }

    private static List<Flag> flags(List<InpatientEpisode> found, Predicate<Flag> matching) {
        return found.stream()
                .flatMap(episode -> episode.delays().stream().sorted(LATEST_FIRST).map(delay -> EpisodesAsFhir.flag(episode, delay)))
                .filter(matching)
                .toList();
    }

    private static Page<Flag> page(List<Flag> flags, FhirSearch.Paging paging) {
        long first = (long) paging.page() * paging.count();
        List<Flag> items = first >= flags.size() ? List.of()
                : flags.subList((int) first, (int) Math.min(flags.size(), first + paging.count()));
        return new Page<>(items, paging.page(), paging.count(), flags.size());
    }

    private static Delay delay(InpatientEpisode episode, UUID delayId) {
        return episode.delays().stream()
                .filter(delay -> delay.id().equals(delayId))
                .findFirst()
                .orElseThrow(() -> new NotVisible("no Flag " + delayId));
    }

    private static FlagStatus flagStatus(String code) {
        try {
            return FlagStatus.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException | DataFormatException unknown) {
            throw InvalidInput.field("status", "'" + code + "' is not a Flag status");
        }
    }
}

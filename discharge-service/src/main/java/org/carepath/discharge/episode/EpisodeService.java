package org.carepath.discharge.episode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.discharge.messaging.DischargeEventsOut;
import org.carepath.discharge.reference.DelayCodes;
import org.carepath.events.Practitioner;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Episodes as staff see and change them. Every change commits with its events, or not at all.
 * Staff of the hospital read and update its episodes (delays, pathway, discharge and cancels need
 * {@code discharge-coordinator}); staff of an organisation with an accepted referral for the person
 * read the person's open episodes until that referral is cancelled or rejected; to anyone else an
 * episode does not exist.
 */
@ApplicationScoped
public class EpisodeService {

    /** Which changes only a discharge coordinator of the hospital may make. */
    public enum Who {
        HOSPITAL_STAFF, DISCHARGE_COORDINATOR
    }

    private final EpisodeRepository episodes;
    private final DelayCodes delayCodes;
    private final DischargeEventsOut events;
    private final Clock clock;

    public EpisodeService(EpisodeRepository episodes, DelayCodes delayCodes, DischargeEventsOut events, Clock clock) {
        this.episodes = episodes;
        this.delayCodes = delayCodes;
        this.events = events;
        this.clock = clock;
    }

    /** An admission recorded by the hospital's own staff. */
    public Uni<InpatientEpisode> admit(Admission admission, CareActor actor) {
        if (!actor.worksFor(admission.hospital())) {
            throw ProblemException.forbidden("only staff of " + admission.hospital() + " admit people to it");
        }
        return Panache.withTransaction(() -> admitted(admission, practitioner(actor)));
    }

    /** Admits in the caller's transaction (the API's or an A01's); 409 while the person has an open episode there. */
    public Uni<InpatientEpisode> admitted(Admission admission, Practitioner by) {
        Instant now = clock.instant();
        return episodes.openIn(admission.hospital(), admission.nhsNumber())
                .invoke(open -> {
                    if (open != null) {
                        throw new ProblemException(409, "already-admitted", "The person is already in this hospital",
                                "episode " + open.id() + " is open; discharge or cancel it first")
                                .with("openEpisode", "/episodes/" + open.id());
                    }
                })
                .chain(() -> episodes.latestDischarge(admission.nhsNumber(), admission.admittedAt()))
                .chain(earlier -> {
                    var started = InpatientEpisode.admit(admission, earlier, by, now);
                    return episodes.persist(started.episode())
                            .call(episode -> events.publish(episode.nhsNumber(), now, started.events()));
                });
    }

    public Uni<InpatientEpisode> find(UUID id, CareActor reader) {
        return Panache.withSession(() -> readable(id, reader));
    }

    /** The person's episodes the reader may see, newest first. */
    public Uni<Page<InpatientEpisode>> forPerson(String nhsNumber, CareActor reader, int page, int size) {
        return Panache.withSession(() -> episodes.visible(nhsNumber, reader.organisation(), page, size));
    }

    /** One change by staff; If-Match carries the ETag it was read with. */
    public Uni<InpatientEpisode> change(UUID id, CareActor actor, String ifMatch, Who who,
            BiFunction<InpatientEpisode, Practitioner, List<Record>> change) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> readable(id, actor)
                .invoke(episode -> authoriseUpdate(episode, actor, who))
                .invoke(episode -> IfMatch.check(ifMatch, episode.version()))
                .call(episode -> events.publish(episode.nhsNumber(), now, change.apply(episode, practitioner(actor)))));
    }

    public Uni<InpatientEpisode> startDelay(UUID id, String code, Sector sector, Instant start, String notes, CareActor actor,
            String ifMatch) {
        return Panache.withSession(() -> delayCodes.reason(code))
                .chain(reason -> change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                        (episode, by) -> episode.startDelay(reason, sector, start, notes, by, clock.instant())));
    }

    private Uni<InpatientEpisode> readable(UUID id, CareActor reader) {
        return episodes.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no episode " + id))
                .call(episode -> mayRead(episode, reader).invoke(allowed -> {
                    if (!allowed) {
                        throw ProblemException.notFound("no episode " + id);
                    }
                }));
    }

    private Uni<Boolean> mayRead(InpatientEpisode episode, CareActor reader) {
        if (reader.worksFor(episode.hospital())) {
            return Uni.createFrom().item(true);
        }
        if (!episode.isOpen() || reader.organisation() == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from ReferralAccess where nhsNumber = :nhs and organisation = :organisation and endedAt is null",
                        Long.class)
                .setParameter("nhs", episode.nhsNumber())
                .setParameter("organisation", reader.organisation())
                .getSingleResult())
                .map(count -> count > 0);
    }

    private static void authoriseUpdate(InpatientEpisode episode, CareActor actor, Who who) {
        if (!actor.worksFor(episode.hospital())) {
            throw ProblemException.forbidden("only staff of " + episode.hospital() + " change its episodes");
        }
        if (who == Who.DISCHARGE_COORDINATOR && !actor.hasRole(Roles.DISCHARGE_COORDINATOR)) {
            throw ProblemException.forbidden("delays, pathways, discharges and cancellations need the "
                    + Roles.DISCHARGE_COORDINATOR + " role");
        }
    }

    static Practitioner practitioner(CareActor actor) {
        return new Practitioner(actor.userId(), actor.name(), actor.organisation(), actor.mainTeam());
    }
}

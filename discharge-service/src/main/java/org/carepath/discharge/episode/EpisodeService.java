package org.carepath.discharge.episode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.discharge.reference.DelayCodes;
import org.carepath.events.Practitioner;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Episodes as staff see and change them, one method per use case. Every change commits with its
 * events, or not at all. Staff of the hospital read and update its episodes (delays, pathway,
 * discharge and cancels need {@code discharge-coordinator}); staff of an organisation with an
 * accepted referral for the person read the person's open episodes until that referral is cancelled
 * or rejected; to anyone else an episode does not exist. A time left out of a change means now.
 */
@ApplicationScoped
public class EpisodeService {

    /**
     * An episode as the caller sees it at a moment: its delayed days are counted up to that moment, and
     * each delay's chain from the person's referrals and care plan actions known then.
     */
    public record Seen(InpatientEpisode episode, Instant at, KnownProgress.OfPeople known) {

        Seen(InpatientEpisode episode, Instant at) {
            this(episode, at, KnownProgress.OfPeople.NONE);
        }

        public long delayedDays() {
            return episode.delayedDays(at);
        }

        public WaitingChain chain(Delay delay) {
            return known.chain(delay.waitingOn());
        }
    }

    /** One delay as the hospital and the organisation it is attributed to both see it. */
    public record SeenDelay(Seen seen, Delay delay) {

        public WaitingChain chain() {
            return seen.chain(delay);
        }
    }

    /** Delays that ended this long ago still show to the organisation they were attributed to, to be answered. */
    public static final Duration RECENTLY_ENDED = Duration.ofDays(14);

    /** Open delays first, then by how long they have run. */
    private static final Comparator<SeenDelay> LONGEST_WAITING_FIRST = Comparator
            .comparing((SeenDelay seen) -> seen.delay().end() != null)
            .thenComparing(seen -> seen.delay().start())
            .thenComparing(seen -> seen.delay().id());

    /** Which changes only a discharge coordinator of the hospital may make. */
    private enum Who {
        HOSPITAL_STAFF, DISCHARGE_COORDINATOR
    }

    /** What one use case asks of the episode it loaded, at the moment it runs. */
    @FunctionalInterface
    private interface Step {
        Change on(InpatientEpisode episode, Practitioner by, Instant now);
    }

    private final EpisodeRepository episodes;
    private final DelayCodes delayCodes;
    private final KnownProgress progress;
    private final Changes changes;
    private final Clock clock;

    public EpisodeService(EpisodeRepository episodes, DelayCodes delayCodes, KnownProgress progress, Changes changes,
            Clock clock) {
        this.episodes = episodes;
        this.delayCodes = delayCodes;
        this.progress = progress;
        this.changes = changes;
        this.clock = clock;
    }

    /** An admission recorded by the hospital's own staff. */
    public Uni<Seen> admit(Admission admission, CareActor actor) {
        if (!actor.worksFor(admission.hospital())) {
            throw new NotPermitted("only staff of " + admission.hospital() + " admit people to it");
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> admitted(admission, actor.practitioner(), now))
                .map(episode -> new Seen(episode, now));
    }

    /** Admits in the caller's transaction (the API's or an A01's); refused while the person has an open episode there. */
    public Uni<InpatientEpisode> admitted(Admission admission, Practitioner by, Instant now) {
        return episodes.openIn(admission.hospital(), admission.nhsNumber())
                .invoke(open -> {
                    if (open != null) {
                        throw new Conflict("already-admitted", "The person is already in this hospital",
                                "episode " + open.id() + " is open; discharge or cancel it first")
                                .with("openEpisode", "/episodes/" + open.id());
                    }
                })
                .chain(() -> episodes.latestDischarge(admission.nhsNumber(), admission.admittedAt()))
                .map(earlier -> InpatientEpisode.admit(admission, earlier, by, now))
                .call(started -> changes.save(started.change()))
                .map(InpatientEpisode.Started::episode);
    }

    public Uni<Seen> find(UUID id, CareActor reader) {
        Instant now = clock.instant();
        return Panache.withSession(() -> readable(id, reader).chain(episode -> seen(episode, now)));
    }

    /** The person's episodes the reader may see, newest first. */
    public Uni<Page<InpatientEpisode>> forPerson(String nhsNumber, CareActor reader, int page, int size) {
        return Panache.withSession(() -> episodes.visible(EpisodeSearch.any().ofPerson(nhsNumber), reader.organisation(), page,
                size));
    }

    /** The episodes matching the search that the reader may see, newest first, as the person reading sees them now. */
    public Uni<Page<Seen>> search(EpisodeSearch search, CareActor reader, int page, int size) {
        Instant now = clock.instant();
        return Panache.withSession(() -> episodes.visible(search, reader.organisation(), page, size))
                .map(found -> found.map(episode -> new Seen(episode, now)));
    }

    /**
     * Every episode with a delay that matches the search and that the reader may see, newest first: the
     * delays are kept on their episode, so a search of delays reads their episodes whole.
     */
    public Uni<List<InpatientEpisode>> delayed(EpisodeSearch search, CareActor reader) {
        return Panache.withSession(() -> episodes.allVisible(search.delayedOnly(), reader.organisation()));
    }

    /** The episode that recorded the delay, if the reader may see it; to anyone else neither exists. */
    public Uni<InpatientEpisode> findByDelay(UUID delayId, CareActor reader) {
        return Panache.withSession(() -> episodes.withDelay(delayId)
                .onItem().ifNull().failWith(() -> new NotVisible("no delay " + delayId))
                .chain(episode -> readable(episode.id(), reader))
                .onFailure(NotVisible.class).transform(hidden -> new NotVisible("no delay " + delayId)));
    }

    public Uni<Seen> transfer(UUID id, String ward, String bed, Instant at, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.HOSPITAL_STAFF,
                (episode, by, now) -> episode.transfer(ward, bed, orNow(at, now), by, now));
    }

    public Uni<Seen> setClinicalCriteria(UUID id, String criteria, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.HOSPITAL_STAFF, (episode, by, now) -> episode.setClinicalCriteria(criteria, now));
    }

    public Uni<Seen> changeExpectedDischargeDate(UUID id, LocalDate date, String reason, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.HOSPITAL_STAFF,
                (episode, by, now) -> episode.changeExpectedDischargeDate(date, reason, by, now));
    }

    /** The person no longer meets the criteria to reside ({@code meetsCriteria} false), or meets them again. */
    public Uni<Seen> recordCriteriaToReside(UUID id, boolean meetsCriteria, Instant at, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.HOSPITAL_STAFF, (episode, by, now) -> meetsCriteria
                ? episode.meetsCriteriaAgain(orNow(at, now), by, now)
                : episode.noCriteriaToReside(orNow(at, now), by, now));
    }

    /**
     * The reason code is looked up first: an unknown one is refused, naming the codes in force, before the
     * episode is read. A referral or action the delay waits on must be known here for the person (422 otherwise).
     */
    public Uni<Seen> startDelay(UUID id, String code, AccountableSector sector, Instant start, String notes,
            WaitingOn waitingOn, CareActor actor, String ifMatch) {
        return Panache.withTransaction(() -> delayCodes.reason(code)
                .chain(reason -> progress.find(waitingOn)
                        .chain(awaited -> changed(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                                (episode, by, now) -> episode.startDelay(reason, sector, orNow(start, now), notes, waitingOn,
                                        awaited, by, now)))));
    }

    /** Links a delay to what it waits on, or changes the link. */
    public Uni<Seen> linkDelay(UUID id, UUID delayId, WaitingOn waitingOn, CareActor actor, String ifMatch) {
        return Panache.withTransaction(() -> progress.find(waitingOn)
                .chain(awaited -> changed(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                        (episode, by, now) -> episode.linkDelay(delayId, waitingOn, awaited, by, now))));
    }

    /** One delay, for the hospital's staff and the staff of the organisation it is attributed to; to anyone else it does not exist. */
    public Uni<SeenDelay> findDelay(UUID id, UUID delayId, CareActor reader) {
        Instant now = clock.instant();
        return Panache.withSession(() -> delayFor(id, delayId, reader)
                .chain(delay -> seen(delay.episode(), now).map(seen -> new SeenDelay(seen, delay.delay()))));
    }

    /**
     * The organisation the delay is attributed to acknowledges or disputes it (triager, care coordinator
     * or manager there). The hospital's own staff are told they may not; anyone else finds no delay.
     */
    public Uni<SeenDelay> answerDelay(UUID id, UUID delayId, DelayAnswer.Kind kind, String reason, CareActor actor,
            String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> delayFor(id, delayId, actor)
                .invoke(found -> authoriseAnswer(found, actor))
                .invoke(found -> IfMatch.check(ifMatch, found.episode().version()))
                .call(found -> changes.save(found.episode().answerDelay(delayId, kind, reason, actor, now)))
                .chain(found -> seen(found.episode(), now))
                .map(seen -> new SeenDelay(seen, delayOf(seen.episode(), delayId))));
    }

    /**
     * The open and recently ended delays attributed to the reader's organisation, longest waiting first,
     * each with its episode as the hospital sees it.
     */
    public Uni<Page<SeenDelay>> attributed(CareActor reader, int page, int size) {
        if (reader.organisation() == null) {
            throw new NotPermitted("your token names no organisation, so no delays are attributed to you");
        }
        Instant now = clock.instant();
        Instant since = now.minus(RECENTLY_ENDED);
        return Panache.withSession(() -> episodes.attributedTo(reader.organisation(), since)
                .chain(found -> progress.ofPeople(found.stream().map(InpatientEpisode::nhsNumber).collect(Collectors.toSet()))
                        .map(known -> attributedIn(found, known, reader, now, since))))
                .map(all -> new Page<>(all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size()));
    }

    /** The delays of these episodes attributed to the reader's organisation, open or ended since then. */
    private static List<SeenDelay> attributedIn(List<InpatientEpisode> found, KnownProgress.OfPeople known,
            CareActor reader, Instant now, Instant since) {
        return found.stream()
                .flatMap(episode -> episode.delays().stream()
                        .filter(delay -> reader.worksFor(delay.accountableOrganisation()))
                        .filter(delay -> delay.end() == null || !delay.end().isBefore(since))
                        .map(delay -> new SeenDelay(new Seen(episode, now, known), delay)))
                .sorted(LONGEST_WAITING_FIRST)
                .toList();
    }

    public Uni<Seen> endDelay(UUID id, UUID delayId, Instant end, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                (episode, by, now) -> episode.endDelay(delayId, orNow(end, now), by, now));
    }

    public Uni<Seen> planPathway(UUID id, int pathway, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                (episode, by, now) -> episode.planPathway(pathway, by, now));
    }

    public Uni<Seen> updateMilestone(UUID id, MilestoneKind milestone, MilestoneStatus status, String ownerOrganisation,
            String ownerTeam, LocalDate dueDate, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.HOSPITAL_STAFF, (episode, by, now) -> episode.updateMilestone(
                new Milestone(milestone, status, ownerOrganisation, ownerTeam, dueDate, null, by.userId(), now, null), by, now));
    }

    public Uni<Seen> discharge(UUID id, Instant at, Integer pathway, String destination, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                (episode, by, now) -> episode.discharge(orNow(at, now), pathway, destination, by, now));
    }

    public Uni<Seen> cancelAdmission(UUID id, String reason, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                (episode, by, now) -> episode.cancelAdmission(reason, by, now));
    }

    public Uni<Seen> cancelDischarge(UUID id, String reason, CareActor actor, String ifMatch) {
        return change(id, actor, ifMatch, Who.DISCHARGE_COORDINATOR,
                (episode, by, now) -> episode.cancelDischarge(reason, by, now));
    }

    private Uni<Seen> change(UUID id, CareActor actor, String ifMatch, Who who, Step step) {
        return Panache.withTransaction(() -> changed(id, actor, ifMatch, who, step));
    }

    /**
     * One change by staff, in the caller's transaction: a caller who may not read the episode gets
     * 404 before its If-Match is looked at, so a 412 or 428 never tells them the episode exists.
     */
    private Uni<Seen> changed(UUID id, CareActor actor, String ifMatch, Who who, Step step) {
        Instant now = clock.instant();
        return readable(id, actor)
                .invoke(episode -> authoriseUpdate(episode, actor, who))
                .invoke(episode -> IfMatch.check(ifMatch, episode.version()))
                .call(episode -> changes.save(step.on(episode, actor.practitioner(), now)))
                .chain(episode -> seen(episode, now));
    }

    /** The episode with the person's referrals and actions known here, for the chains of its delays. */
    private Uni<Seen> seen(InpatientEpisode episode, Instant now) {
        return progress.ofPeople(Set.of(episode.nhsNumber())).map(known -> new Seen(episode, now, known));
    }

    /** A delay and its episode: found for the hospital's staff and the staff of the organisation it is attributed to. */
    private record FoundDelay(InpatientEpisode episode, Delay delay) {

        static FoundDelay in(InpatientEpisode episode, UUID delayId, CareActor reader) {
            return episode.delays().stream()
                    .filter(delay -> delay.id().equals(delayId))
                    .filter(delay -> reader.worksFor(episode.hospital()) || reader.worksFor(delay.accountableOrganisation()))
                    .findFirst()
                    .map(delay -> new FoundDelay(episode, delay))
                    .orElse(null);
        }
    }

    private Uni<FoundDelay> delayFor(UUID id, UUID delayId, CareActor reader) {
        return episodes.findById(id)
                .map(episode -> episode == null ? null : FoundDelay.in(episode, delayId, reader))
                .onItem().ifNull().failWith(() -> new NotVisible("no delay " + delayId + " on episode " + id));
    }

    /** Checked before If-Match, so a 412 or 428 tells no one who may not answer that the delay exists. */
    private static void authoriseAnswer(FoundDelay found, CareActor actor) {
        if (DelayAnswer.mayAnswer(actor, found.delay().accountableOrganisation())) {
            return;
        }
        if (actor.worksFor(found.episode().hospital())) {
            throw new NotPermitted("only the organisation the delay is attributed to acknowledges or disputes it");
        }
        throw new NotVisible("no delay " + found.delay().id() + " on episode " + found.episode().id());
    }

    private static Delay delayOf(InpatientEpisode episode, UUID delayId) {
        return episode.delays().stream().filter(delay -> delay.id().equals(delayId)).findFirst().orElseThrow();
    }

    private Uni<InpatientEpisode> readable(UUID id, CareActor reader) {
        return episodes.findById(id)
                .onItem().ifNull().failWith(() -> new NotVisible("no episode " + id))
                .call(episode -> mayRead(episode, reader).invoke(allowed -> {
                    if (!allowed) {
                        throw new NotVisible("no episode " + id);
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
            throw new NotPermitted("only staff of " + episode.hospital() + " change its episodes");
        }
        if (who == Who.DISCHARGE_COORDINATOR && !actor.hasRole(Roles.DISCHARGE_COORDINATOR)) {
            throw new NotPermitted("delays, pathways, discharges and cancellations need the "
                    + Roles.DISCHARGE_COORDINATOR + " role");
        }
    }

    private static Instant orNow(Instant at, Instant now) {
        return at == null ? now : at;
    }
}

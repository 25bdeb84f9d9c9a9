package org.carepath.identity.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.identity.relationship.CareRelationship;
import org.carepath.identity.relationship.RelationshipRepository;
import org.carepath.identity.relationship.SelfGrantedAct;
import org.carepath.platform.api.Codes;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * The access audit for managers, admins and Caldicott guardians: every read (permitted or refused) of a
 * person their organisation is involved with or holds a record of, every read made by a member of their
 * own organisation's staff, and the relationships their staff gave themselves.
 */
@ApplicationScoped
public class AuditQueries {

    /** The longest period one self-granted report covers: a year and a day. */
    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    private static final String ACCESS_AUDIT = "access-audit";
    private static final String BREAK_GLASS = Codes.of(Basis.BREAK_GLASS);

    /** One self-granted act, with how many reads were made under it. */
    public record SelfGranted(SelfGrantedAct act, long reads) {
    }

    private final PersonIndex index;
    private final RecordAccess access;
    private final AuditRepository audit;
    private final BreakGlassRepository grants;
    private final RelationshipRepository relationships;
    private final Clock clock;

    public AuditQueries(PersonIndex index, RecordAccess access, AuditRepository audit, BreakGlassRepository grants,
            RelationshipRepository relationships, Clock clock) {
        this.index = index;
        this.access = access;
        this.audit = audit;
        this.grants = grants;
        this.relationships = relationships;
        this.clock = clock;
    }

    public Uni<Page<AccessRecord>> ofPerson(String nhsNumber, CareActor reader, int page, int size) {
        return ofPerson(nhsNumber, reader, Window.always(), page, size);
    }

    /** The reads of the person's record made in the window. */
    public Uni<Page<AccessRecord>> ofPerson(String nhsNumber, CareActor reader, Window window, int page, int size) {
        return access.read(nhsNumber, reader, ACCESS_AUDIT, () -> openAudit(nhsNumber, reader)
                .chain(person -> audit.ofPerson(person.all(), window, page, size)));
    }

    public Uni<Page<AccessRecord>> ofUser(String userId, CareActor reader, int page, int size) {
        return ofUser(userId, reader, Window.always(), page, size);
    }

    /** The reads the user made in the window while working for the reader's organisation. */
    public Uni<Page<AccessRecord>> ofUser(String userId, CareActor reader, Window window, int page, int size) {
        return Panache.withSession(() -> audit.ofUser(userId, organisationOf(reader), window, page, size));
    }

    /**
     * One read, to whoever may read it in a list: made by the reader's organisation's staff (as {@link #ofUser}), or
     * else of a person the reader's organisation is involved with (as {@link #ofPerson}, audited and refused alike).
     */
    public Uni<AccessRecord> entry(UUID id, CareActor reader) {
        return Panache.withSession(() -> audit.findById(id))
                .onItem().ifNull().failWith(() -> new NotVisible("no access record " + id))
                .chain(record -> ofReaders(record.organisation(), reader)
                        ? Uni.createFrom().item(record)
                        : access.read(record.nhsNumber(), reader, ACCESS_AUDIT, () -> openAudit(record.nhsNumber(), reader))
                                .replaceWith(record));
    }

    /**
     * Break-glass grants to read the person's record, given in the window: part of their access audit, so read by the
     * same readers under the same rule and audited alike.
     *
     * @param unexpired null for all, true for those still running, false for those over
     */
    public Uni<Page<BreakGlassGrant>> grantsFor(String nhsNumber, CareActor reader, Window window, Boolean unexpired,
            int page, int size) {
        return access.read(nhsNumber, reader, ACCESS_AUDIT, () -> openAudit(nhsNumber, reader)
                .chain(person -> grants.page("array_has(:numbers, nhsNumber)",
                        Parameters.with("numbers", person.all().toArray(String[]::new)), window,
                        unexpired, clock.instant(), page, size)));
    }

    /** The grants the user was given while working for the reader's organisation, as {@link #ofUser} reads their reads. */
    public Uni<Page<BreakGlassGrant>> grantsTo(String userId, CareActor reader, Window window, Boolean unexpired,
            int page, int size) {
        return Panache.withSession(() -> grants.page("userId = :user and organisation = :organisation",
                Parameters.with("user", userId).and("organisation", organisationOf(reader)), window, unexpired,
                clock.instant(), page, size));
    }

    /** One grant, to whoever may read it in a list, as {@link #entry}. */
    public Uni<BreakGlassGrant> grant(UUID id, CareActor reader) {
        return Panache.withSession(() -> grants.findById(id))
                .onItem().ifNull().failWith(() -> new NotVisible("no break-glass grant " + id))
                .chain(grant -> ofReaders(grant.organisation(), reader)
                        ? Uni.createFrom().item(grant)
                        : access.read(grant.nhsNumber(), reader, ACCESS_AUDIT, () -> openAudit(grant.nhsNumber(), reader))
                                .replaceWith(grant));
    }

    /**
     * The grant each break-glass read was made under, by the read's id: the one {@link RecordAccess} chose then (the
     * user's grant to the person running at the time and lasting longest, with the reason the read was audited with).
     */
    public Uni<Map<UUID, BreakGlassGrant>> grantsUnder(List<AccessRecord> reads) {
        List<AccessRecord> underGrant = reads.stream()
                .filter(read -> BREAK_GLASS.equals(read.basis()))
                .toList();
        if (underGrant.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Set<String> users = underGrant.stream().map(AccessRecord::userId).collect(Collectors.toSet());
        Set<String> people = underGrant.stream().map(AccessRecord::nhsNumber).collect(Collectors.toSet());
        return Panache.withSession(() -> grants.of(users, people))
                .map(found -> underGrant.stream()
                        .flatMap(read -> found.stream()
                                .filter(grant -> madeUnder(read, grant))
                                .max(Comparator.comparing(BreakGlassGrant::expiresAt))
                                .map(grant -> Map.entry(read.id(), grant))
                                .stream())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static boolean madeUnder(AccessRecord read, BreakGlassGrant grant) {
        return grant.userId().equals(read.userId()) && grant.nhsNumber().equals(read.nhsNumber())
                && !grant.grantedAt().isAfter(read.accessedAt()) && grant.expiresAt().isAfter(read.accessedAt())
                && grant.reason().equals(read.breakGlassReason());
    }

    private Uni<PersonNumbers> openAudit(String nhsNumber, CareActor reader) {
        return index.resolve(nhsNumber)
                .call(person -> access.openAudit(person, reader));
    }

    /** Whether the reader's organisation is the one the record was made at: its audit readers read all of it. */
    private static boolean ofReaders(String organisation, CareActor reader) {
        return reader.organisation() != null && reader.organisation().equals(organisation);
    }

    /**
     * The self-granted relationships of the reader's organisation's staff that started in [from, to).
     *
     * @param from null for 30 days before {@code to}
     * @param to   null for now
     */
    public Uni<Page<SelfGranted>> selfGranted(CareActor reader, Instant from, Instant to, int page, int size) {
        Instant now = clock.instant();
        Instant until = to == null ? now : to;
        Instant since = from == null ? until.minus(DEFAULT_PERIOD) : from;
        refuseUnlessAPeriod(since, until);
        String organisation = organisationOf(reader);
        return Page.firstResult(page, size)
                .chain(first -> Panache.withSession(() -> relationships.selfGrantedBy(organisation, since, until)
                        .chain(rows -> followers(organisation, rows)
                                .map(others -> SelfGrantedAct.of(rows, others, now)))
                        .chain(acts -> withReads(acts.stream().skip(first).limit(size).toList())
                                .map(items -> new Page<>(items, page, size, acts.size())))));
    }

    private Uni<List<CareRelationship>> followers(String organisation, List<CareRelationship> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> people = rows.stream().map(CareRelationship::nhsNumber).collect(Collectors.toSet());
        Instant earliest = rows.get(rows.size() - 1).startedAt();
        return relationships.othersGivenSince(organisation, people, earliest);
    }

    private Uni<List<SelfGranted>> withReads(List<SelfGrantedAct> acts) {
        List<String> events = acts.stream().flatMap(act -> act.eventIds().stream()).toList();
        return audit.readsUnder(events)
                .map(reads -> acts.stream().map(act -> new SelfGranted(act, count(act, reads))).toList());
    }

    private static long count(SelfGrantedAct act, Map<String, Long> reads) {
        return act.eventIds().stream().mapToLong(event -> reads.getOrDefault(event, 0L)).sum();
    }

    private static void refuseUnlessAPeriod(Instant since, Instant until) {
        if (!since.isBefore(until)) {
            throw new InvalidInput("from must be before to");
        }
        if (Duration.between(since, until).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidInput("from and to may be at most 366 days apart; ask for one period at a time");
        }
    }

    // an audit of "every organisation with none" would be an audit of no one: say so, rather than answer with nothing
    private static String organisationOf(CareActor reader) {
        if (reader.organisation() == null) {
            throw new NotPermitted("your token names no organisation, and the audit is read per organisation");
        }
        return reader.organisation();
    }
}

package org.carepath.identity.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.relationship.CareRelationship;
import org.carepath.identity.relationship.RelationshipRepository;
import org.carepath.identity.relationship.SelfGrantedAct;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** One self-granted act, with how many reads were made under it. */
    public record SelfGranted(SelfGrantedAct act, long reads) {
    }

    private final PersonIndex index;
    private final RecordAccess access;
    private final AuditRepository audit;
    private final RelationshipRepository relationships;
    private final Clock clock;

    public AuditQueries(PersonIndex index, RecordAccess access, AuditRepository audit,
            RelationshipRepository relationships, Clock clock) {
        this.index = index;
        this.access = access;
        this.audit = audit;
        this.relationships = relationships;
        this.clock = clock;
    }

    public Uni<Page<AccessRecord>> ofPerson(String nhsNumber, CareActor reader, int page, int size) {
        return access.read(nhsNumber, reader, "access-audit", () -> index.resolve(nhsNumber)
                .call(person -> access.openAudit(person, reader))
                .chain(person -> audit.ofPerson(person.all(), page, size)));
    }

    public Uni<Page<AccessRecord>> ofUser(String userId, CareActor reader, int page, int size) {
        return Panache.withSession(() -> audit.ofUser(userId, organisationOf(reader), page, size));
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

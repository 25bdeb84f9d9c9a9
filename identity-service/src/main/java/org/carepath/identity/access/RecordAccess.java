package org.carepath.identity.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.identity.person.PersonStatement;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.persistence.NativeSql;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who may read a person's record, and the audit of every read. Call inside the reading
 * transaction ({@link #read}), so the audit row commits with the read it records; a refused
 * read is audited in a statement of its own.
 */
@ApplicationScoped
public class RecordAccess {

    private static final PersonStatement FACTS = PersonStatement.of(AccessFacts.SQL);
    private static final PersonStatement FACTS_WITH_SQL_CLIENT = PersonStatement.of(NativeSql.forSqlClient(AccessFacts.SQL));

    private final PersonIndex index;
    private final AuditRepository audit;
    private final Pool pool;
    private final Clock clock;

    public RecordAccess(PersonIndex index, AuditRepository audit, Pool pool, Clock clock) {
        this.index = index;
        this.audit = audit;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Runs a read of the person's record in a transaction. If it is refused (not permitted: no basis; not
     * visible: no such record) its transaction rolls back, so the refusal is audited apart, and that
     * commits; the caller still gets the same refusal and nothing more.
     */
    public <T> Uni<T> read(String nhsNumber, CareActor reader, String what, Supplier<Uni<T>> read) {
        return auditingRefusal(Panache.withTransaction(read), nhsNumber, reader, what);
    }

    /**
     * As {@link #read} with {@link #openCare}, outside any ORM session, for a read then made with the SQL client
     * (the journey): three statements (the person, the facts of the reader's access, the audit row) where the
     * ORM took a transaction and six round trips.
     */
    public Uni<OpenedRecord> openCareOutsideSession(String nhsNumber, CareActor reader, String what) {
        return auditingRefusal(index.resolveOutsideSession(nhsNumber)
                .chain(person -> factsOutsideSession(person, reader, clock.instant())
                        .map(AccessFacts::access)
                        .invoke(access -> refuseUnlessCare(access, reader))
                        .call(access -> audit.append(new AccessRecord(person.survivor(), reader, clock.instant(), what, access)))
                        .map(access -> new OpenedRecord(person, access))), nhsNumber, reader, what);
    }

    /** A person's record opened for a reader: who the person is, and on what basis the reader sees it. */
    public record OpenedRecord(PersonNumbers person, Access access) {
    }

    // a refused read's own transaction has rolled back (or it had none): its audit row is written on its own
    private <T> Uni<T> auditingRefusal(Uni<T> read, String nhsNumber, CareActor reader, String what) {
        return read.onFailure(RecordAccess::isRefusal)
                .call(() -> audit.append(AccessRecord.refused(nhsNumber, reader, clock.instant(), what)));
    }

    /** A read of the person's access audit: by someone involved with them, audited like any other read. */
    public Uni<Access> openAudit(PersonNumbers person, CareActor reader) {
        return requireInvolvement(person, reader)
                .call(access -> record(person, reader, "access-audit", access));
    }

    /** A read of the person's care (journey, involvement, preferences): refused without a basis, audited with it. */
    public Uni<Access> openCare(PersonNumbers person, CareActor reader, String what) {
        return decide(person, reader)
                .invoke(access -> refuseUnlessCare(access, reader))
                .call(access -> record(person, reader, what, access));
    }

    /** A read of the person index entry (demographics, identifiers): any member of staff, audited with the basis. */
    public Uni<Access> openIndex(PersonNumbers person, CareActor reader, String what) {
        return decide(person, reader)
                .call(access -> record(person, reader, what, access));
    }

    /** For changes on the person's behalf (their sharing preferences): a relationship (self-granted too) or the data controller, not break-glass. */
    public Uni<Access> requireInvolvement(PersonNumbers person, CareActor actor) {
        return decide(person, actor)
                .invoke(access -> refuseUnlessInvolved(access, actor));
    }

    // in the caller's session
    Uni<Access> decide(PersonNumbers person, CareActor reader) {
        return NativeSql.flushedSession()
                .chain(session -> session.createNativeQuery(FACTS.sql(person.all()), Object[].class)
                        .setParameter(1, FACTS.numbers(person.all()))
                        .setParameter(2, reader.organisation())
                        .setParameter(3, clock.instant())
                        .setParameter(4, reader.userId())
                        .setParameter(5, reader.hasRole(Roles.ADMIN))
                        .getSingleResult())
                .map(row -> new AccessFacts((Boolean) row[0], (Boolean) row[1], (String) row[2], (String) row[3]).access());
    }

    private Uni<AccessFacts> factsOutsideSession(PersonNumbers person, CareActor reader, Instant now) {
        return pool.preparedQuery(FACTS_WITH_SQL_CLIENT.sql(person.all()))
                .execute(Tuple.from(Arrays.asList(FACTS_WITH_SQL_CLIENT.numbers(person.all()), reader.organisation(),
                        now.atOffset(ZoneOffset.UTC), reader.userId(), reader.hasRole(Roles.ADMIN))))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new AccessFacts(row.getBoolean(0), row.getBoolean(1), row.getString(2), row.getString(3));
                });
    }

    // no basis, or no such record: platform's own problems on a read (a bad page, say) are the caller's errors, not refusals
    private static boolean isRefusal(Throwable failure) {
        return failure instanceof NotPermitted || failure instanceof NotVisible;
    }

    private Uni<AccessRecord> record(PersonNumbers person, CareActor reader, String what, Access access) {
        return audit.persist(new AccessRecord(person.survivor(), reader, clock.instant(), what, access));
    }

    private static void refuseUnlessInvolved(Access access, CareActor actor) {
        if (access.basis() == Basis.BREAK_GLASS || access.basis() == Basis.TRACING) {
            throw notInvolved(actor);
        }
    }

    /** The refusal of a change on the person's behalf: the same for every caller refused, so it tells nothing more. */
    public static NotPermitted notInvolved(CareActor actor) {
        return new NotPermitted("organisation " + actor.organisation()
                + " has no current legitimate relationship with this person");
    }

    private static void refuseUnlessCare(Access access, CareActor reader) {
        if (!access.seesCare()) {
            throw new NotPermitted("organisation " + reader.organisation()
                    + " has no current legitimate relationship with this person")
                    .with("breakGlass", "POST /persons/{nhsNumber}/break-glass with a reason, if this is an emergency");
        }
    }
}

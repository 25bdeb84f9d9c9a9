package org.carepath.identity.access;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.IdentifierRepository;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.identity.relationship.RelationshipRepository;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who may read a person's record, and the audit of every read. Call inside the reading
 * transaction ({@link #read}), so the audit row commits with the read it records; a refused
 * read is audited in a transaction of its own.
 */
@ApplicationScoped
public class RecordAccess {

    private final RelationshipRepository relationships;
    private final IdentifierRepository identifiers;
    private final BreakGlassRepository breakGlass;
    private final AuditRepository audit;
    private final Clock clock;

    public RecordAccess(RelationshipRepository relationships, IdentifierRepository identifiers,
            BreakGlassRepository breakGlass, AuditRepository audit, Clock clock) {
        this.relationships = relationships;
        this.identifiers = identifiers;
        this.breakGlass = breakGlass;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs a read of the person's record in a transaction. If it is refused (not permitted: no basis; not
     * visible: no such record) its transaction rolls back, so the refusal is audited in another one, which
     * commits; the caller still gets the same refusal and nothing more.
     */
    public <T> Uni<T> read(String nhsNumber, CareActor reader, String what, Supplier<Uni<T>> read) {
        return Panache.withTransaction(read)
                .onFailure(RecordAccess::isRefusal)
                .call(() -> Panache.withTransaction(() -> audit.persist(
                        AccessRecord.refused(nhsNumber, reader, clock.instant(), what))));
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

    Uni<Access> decide(PersonNumbers person, CareActor reader) {
        Instant now = clock.instant();
        return relationships.isStanding(person.all(), reader.organisation(), now)
                .chain(involved -> involved
                        ? Uni.createFrom().item(Access.of(Basis.RELATIONSHIP))
                        : controllerOrOtherwise(person, reader, now));
    }

    private Uni<Access> controllerOrOtherwise(PersonNumbers person, CareActor reader, Instant now) {
        Uni<Boolean> controller = reader.hasRole(Roles.ADMIN)
                ? identifiers.assignedBy(person.all(), reader.organisation())
                : Uni.createFrom().item(false);
        return controller.chain(isController -> isController
                ? Uni.createFrom().item(Access.of(Basis.DATA_CONTROLLER))
                : relationships.selfGranted(person.all(), reader.organisation(), now)
                        .chain(granted -> granted != null
                                ? Uni.createFrom().item(new Access(Basis.SELF_GRANTED_RELATIONSHIP, null,
                                        granted.sourceEventId()))
                                : emergency(person, reader, now)));
    }

    private Uni<Access> emergency(PersonNumbers person, CareActor reader, Instant now) {
        return breakGlass.unexpired(person.all(), reader.userId(), now)
                .map(grant -> grant == null
                        ? Access.of(Basis.TRACING)
                        : new Access(Basis.BREAK_GLASS, grant.reason(), null));
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

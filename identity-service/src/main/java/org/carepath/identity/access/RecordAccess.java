package org.carepath.identity.access;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.IdentifierRepository;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.identity.relationship.RelationshipRepository;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * Who may read a person's record, and the audit of every read. Call inside the reading
 * transaction, so the audit row commits with the read it records.
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

    /** For changes on the person's behalf (their sharing preferences): a relationship or the data controller, not break-glass. */
    public Uni<Access> requireInvolvement(PersonNumbers person, CareActor actor) {
        return decide(person, actor)
                .invoke(access -> refuseUnlessInvolved(access, actor));
    }

    Uni<Access> decide(PersonNumbers person, CareActor reader) {
        return relationships.isCurrent(person.all(), reader.organisation(), clock.instant())
                .chain(involved -> involved
                        ? Uni.createFrom().item(Access.of(Basis.RELATIONSHIP))
                        : controllerOrEmergency(person, reader));
    }

    private Uni<Access> controllerOrEmergency(PersonNumbers person, CareActor reader) {
        Uni<Boolean> controller = reader.hasRole(Roles.ADMIN)
                ? identifiers.assignedBy(person.all(), reader.organisation())
                : Uni.createFrom().item(false);
        return controller.chain(isController -> isController
                ? Uni.createFrom().item(Access.of(Basis.DATA_CONTROLLER))
                : breakGlass.unexpired(person.all(), reader.userId(), clock.instant())
                        .map(grant -> grant == null
                                ? Access.of(Basis.TRACING)
                                : new Access(Basis.BREAK_GLASS, grant.reason())));
    }

    private Uni<AccessRecord> record(PersonNumbers person, CareActor reader, String what, Access access) {
        return audit.persist(new AccessRecord(person.survivor(), reader, clock.instant(), what, access));
    }

    private static void refuseUnlessInvolved(Access access, CareActor actor) {
        if (access.basis() != Basis.RELATIONSHIP && access.basis() != Basis.DATA_CONTROLLER) {
            throw notInvolved(actor);
        }
    }

    /** The refusal of a change on the person's behalf: the same for every caller refused, so it tells nothing more. */
    public static ProblemException notInvolved(CareActor actor) {
        return ProblemException.forbidden("organisation " + actor.organisation()
                + " has no current legitimate relationship with this person");
    }

    private static void refuseUnlessCare(Access access, CareActor reader) {
        if (!access.seesCare()) {
            throw ProblemException.forbidden("organisation " + reader.organisation()
                    + " has no current legitimate relationship with this person")
                    .with("breakGlass", "POST /persons/{nhsNumber}/break-glass with a reason, if this is an emergency");
        }
    }
}

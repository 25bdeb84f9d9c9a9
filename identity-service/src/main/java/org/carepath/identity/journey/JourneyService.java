package org.carepath.identity.journey;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.identity.relationship.CareRelationship;
import org.carepath.identity.relationship.RelationshipRepository;
import org.carepath.platform.api.Page;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class JourneyService {

    private final JourneyRepository journey;
    private final RelationshipRepository relationships;
    private final Clock clock;

    public JourneyService(JourneyRepository journey, RelationshipRepository relationships, Clock clock) {
        this.journey = journey;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Both organisations of a referral become involved with the person; runs in the consumer's transaction. */
    public Uni<Void> referralSubmitted(CloudEvent<?> envelope, ReferralSubmitted referral) {
        var referrer = referral.referrer();
        var entry = new JourneyEntry(referral.nhsNumber(), envelope.id(), envelope.type(), referral.submittedAt(),
                referrer.organisation(), referrer.team(), referrer.name(), JourneyWording.of(referral), clock.instant());
        return journey.persist(entry)
                .chain(() -> relationships.persist(
                        new CareRelationship(referral.nhsNumber(), referrer.organisation(),
                                CareRelationship.REFERRER, envelope.id(), referral.submittedAt()),
                        new CareRelationship(referral.nhsNumber(), referral.targetOrganisation(),
                                CareRelationship.REFERRAL_RECIPIENT, envelope.id(), referral.submittedAt())));
    }

    /** Any later step of a referral, in plain words; a step the journey does not tell is skipped. */
    public Uni<Void> referralStep(CloudEvent<?> envelope) {
        return JourneyWording.of((Record) envelope.data())
                .map(told -> journey.persist(new JourneyEntry(told.nhsNumber(), envelope.id(), envelope.type(), told.at(),
                        told.organisation(), told.team(), told.actor(), told.summary(), clock.instant())).replaceWithVoid())
                .orElse(Uni.createFrom().voidItem());
    }

    /** The journey, to staff whose organisation is currently involved with the person; everyone else is refused. */
    public Uni<Page<JourneyEntry>> journeyOf(String nhsNumber, CareActor reader, int page, int size) {
        return Panache.withSession(() -> relationships.isCurrent(nhsNumber, reader.organisation())
                .invoke(involved -> refuseUnless(involved, reader))
                .chain(() -> journey.page(nhsNumber, page, size)));
    }

    private static void refuseUnless(boolean involved, CareActor reader) {
        if (!involved) {
            throw ProblemException.forbidden("organisation " + reader.organisation()
                    + " has no current legitimate relationship with this person");
        }
    }
}

package org.carepath.identity.journey;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.identity.directory.StaffDirectory;
import org.carepath.identity.journey.JourneyWording.Told;
import org.carepath.identity.person.PersonRepository;

import io.smallrye.mutiny.Uni;

/**
 * Puts any topic's event on the person's journey, makes sure the person index knows the person and
 * the staff directory knows the member of staff who acted. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class JourneyRecorder {

    private final JourneyRepository journey;
    private final PersonRepository persons;
    private final StaffDirectory staff;
    private final Clock clock;

    public JourneyRecorder(JourneyRepository journey, PersonRepository persons, StaffDirectory staff, Clock clock) {
        this.journey = journey;
        this.persons = persons;
        this.staff = staff;
        this.clock = clock;
    }

    public Uni<Void> record(String topic, CloudEvent<?> event) {
        var told = JourneyWording.of((Record) event.data());
        if (told.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return learnActor(told.get())
                .chain(() -> persons.ensureKnown(told.get().nhsNumber()))
                .chain(() -> journey.persist(new JourneyEntry(topic, event.id(), event.type(), told.get(), clock.instant())))
                .replaceWithVoid();
    }

    /**
     * The event's journey entry, if the journey tells it, and nothing else: a projection rebuild writes
     * it in bulk and leaves the person index and the staff directory (owned data, learned live) alone.
     */
    public Optional<JourneyEntry> entry(String topic, CloudEvent<?> event) {
        return JourneyWording.of((Record) event.data())
                .map(told -> new JourneyEntry(topic, event.id(), event.type(), told, clock.instant()));
    }

    /**
     * Only the member of staff who acted, whom the producing service took from their own token: a practitioner
     * someone else named (a coordinator assigned, an action's owner, a new member) stays text on the journey and
     * never creates or changes a directory entry, so one user cannot rename another or add teams to them.
     */
    private Uni<Void> learnActor(Told told) {
        var actor = told.actedBy();
        return actor == null || actor.userId() == null || actor.name() == null
                ? Uni.createFrom().voidItem()
                : staff.named(actor);
    }
}

package org.carepath.identity.journey;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.Practitioner;
import org.carepath.identity.directory.StaffDirectory;
import org.carepath.identity.person.PersonRepository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Puts any topic's event on the person's journey, makes sure the person index knows the person and
 * the staff directory knows the practitioners the event names. Runs in the consumer's transaction.
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

    /** An event the journey does not tell still teaches the index and the directory. */
    public Uni<Void> record(String topic, CloudEvent<?> event) {
        var entry = entry(topic, event);
        return learnPractitioners((Record) event.data())
                .chain(() -> entry.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : persons.ensureKnown(entry.get().nhsNumber())
                                .chain(() -> journey.persist(entry.get()))
                                .replaceWithVoid());
    }

    /**
     * The event's journey entry, if the journey tells it, and nothing else: a projection rebuild writes
     * it in bulk and leaves the person index and the staff directory (owned data, learned live) alone.
     */
    public Optional<JourneyEntry> entry(String topic, CloudEvent<?> event) {
        return JourneyWording.of((Record) event.data())
                .map(told -> new JourneyEntry(topic, event.id(), event.type(), told, clock.instant()));
    }

    // Every event names its practitioners as Practitioner components: read them all, whatever the event type.
    private Uni<Void> learnPractitioners(Record data) {
        var named = Arrays.stream(data.getClass().getRecordComponents())
                .filter(component -> component.getType() == Practitioner.class)
                .map(component -> (Practitioner) readComponent(component, data))
                .filter(practitioner -> practitioner != null && practitioner.userId() != null && practitioner.name() != null)
                .toList();
        return Multi.createFrom().iterable(named)
                .onItem().transformToUniAndConcatenate(staff::named)
                .collect().last()
                .replaceWithVoid();
    }

    private static Object readComponent(RecordComponent component, Record data) {
        try {
            return component.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + data.getClass().getSimpleName(), e);
        }
    }
}

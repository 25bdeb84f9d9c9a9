package org.carepath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.directory.DirectoryEvent;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.identity.IdentityEvent;
import org.carepath.events.referral.ReferralEvent;
import org.junit.jupiter.api.Test;

/** Each topic's sealed event type and the catalogue name the same events, and every event says what it is about and when. */
class TopicEventsTest {

    private static final Map<String, Class<?>> SEALED_BY_TOPIC = Map.of(
            Topics.REFERRALS, ReferralEvent.class,
            Topics.CAREPLANS, CarePlanEvent.class,
            Topics.DISCHARGES, DischargeEvent.class,
            Topics.IDENTITY, IdentityEvent.class,
            Topics.DIRECTORY, DirectoryEvent.class);

    @Test
    void theSealedTypeOfEachTopicPermitsExactlyTheCataloguedEventsOfThatTopic() {
        assertEquals(Set.copyOf(Topics.ALL), SEALED_BY_TOPIC.keySet());
        SEALED_BY_TOPIC.forEach((topic, sealed) -> {
            Set<Class<?>> permitted = Set.copyOf(Arrays.asList(sealed.getPermittedSubclasses()));
            Set<Class<?>> catalogued = EventCatalog.ENTRIES.stream()
                    .filter(entry -> entry.topic().equals(topic))
                    .map(EventCatalog.Entry::recordType)
                    .collect(Collectors.toSet());
            assertEquals(catalogued, permitted, topic);
        });
    }

    @Test
    void everySampleEventNamesItsSubjectAndTime() {
        EventSamples.BY_TYPE.forEach((type, sample) -> {
            CareEvent event = sample.get();
            assertNotNull(event.subject(), type.getSimpleName() + " subject");
            assertNotNull(event.time(), type.getSimpleName() + " time");
        });
    }
}

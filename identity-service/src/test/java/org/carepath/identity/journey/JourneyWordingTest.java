package org.carepath.identity.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class JourneyWordingTest {

    @Test
    void aReferralSaysFromWhomToWhomAndWhy() {
        var submitted = new ReferralSubmitted(UUID.randomUUID(), "9434765919", "RX1", "hana.ahmed", "ward-7", "RY1",
                "Needs help at home", Instant.now());
        assertEquals("Referred by RX1 (ward-7) to RY1: Needs help at home", JourneyWording.of(submitted));
    }

    @Test
    void aReferrerWithoutATeamIsNamedByOrganisation() {
        var submitted = new ReferralSubmitted(UUID.randomUUID(), "9434765919", "LA1", "sam.patel", null, "RY1",
                "Reablement after discharge", Instant.now());
        assertEquals("Referred by LA1 to RY1: Reablement after discharge", JourneyWording.of(submitted));
    }
}

package org.carepath.identity.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.referral.Practitioner;
import org.carepath.events.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class JourneyWordingTest {

    private static ReferralSubmitted referral(Practitioner referrer, String reason) {
        return new ReferralSubmitted(UUID.randomUUID(), "9434765919", referrer, UUID.randomUUID(), "Home reablement",
                "RY1", "reablement", "urgent", reason, null, Instant.now());
    }

    @Test
    void aReferralSaysFromWhomToWhatHowUrgentlyAndWhy() {
        var submitted = referral(new Practitioner("hana.ahmed", "Hana Ahmed", "RX1", "ward-7"), "Needs help at home");
        assertEquals("Referred by RX1 (ward-7) to Home reablement (RY1), urgent: Needs help at home",
                JourneyWording.of(submitted));
    }

    @Test
    void aReferrerWithoutATeamIsNamedByOrganisation() {
        var submitted = referral(new Practitioner("sam.patel", "Sam Patel", "LA1", null), "Reablement after discharge");
        assertEquals("Referred by LA1 to Home reablement (RY1), urgent: Reablement after discharge",
                JourneyWording.of(submitted));
    }
}

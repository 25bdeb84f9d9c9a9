package org.carepath.referrals.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    private static CareActor wardNurse() {
        return new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7"), "nurse", Set.of(Roles.REFERRER));
    }

    private static Referral draftToCommunity() {
        return Referral.draft("9434765919", "RY1", "Needs help with washing and dressing", wardNurse());
    }

    @Test
    void submittingADraftRequestsHelpAndSaysSoInTheEvent() {
        Referral referral = draftToCommunity();

        var event = referral.submit(NOW);

        assertEquals(ReferralStatus.REQUESTED, referral.status());
        assertEquals(referral.id(), event.referralId());
        assertEquals("RX1", event.referringOrganisation());
        assertEquals("hana.ahmed", event.referringPractitioner());
        assertEquals("ward-7", event.referringTeam());
        assertEquals("RY1", event.targetOrganisation());
        assertEquals(NOW, event.submittedAt());
    }

    @Test
    void aReferralIsSubmittedOnlyOnce() {
        Referral referral = draftToCommunity();
        referral.submit(NOW);

        var refused = assertThrows(ProblemException.class, () -> referral.submit(NOW.plusSeconds(1)));
        assertEquals(409, refused.status());
        assertEquals(ReferralStatus.REQUESTED, refused.extensions().get("currentStatus"));
    }

    @Test
    void aCallerWithNoOrganisationCannotRefer() {
        var anonymousClient = new CareActor("client", "client", null, Set.of(), null, Set.of(Roles.INTEGRATION));

        var refused = assertThrows(ProblemException.class,
                () -> Referral.draft("9434765919", "RY1", "reason", anonymousClient));
        assertEquals(403, refused.status());
    }

    @Test
    void onlyTheTwoOrganisationsSeeIt() {
        Referral referral = draftToCommunity();

        assertTrue(referral.isVisibleTo(wardNurse()));
        assertTrue(referral.isVisibleTo(new CareActor("colin.reed", "Colin Reed", "RY1", Set.of("spa"), "nurse", Set.of())));
        assertFalse(referral.isVisibleTo(new CareActor("sam.patel", "Sam Patel", "LA1", Set.of(), "social-worker", Set.of())));
    }
}

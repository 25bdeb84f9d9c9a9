package org.carepath.identity.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carepath.identity.consent.SharingPreferences;
import org.carepath.identity.journey.Involvement.Involved;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private static final Instant SINCE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Involved WARD = new Involved("RX1", "ward-7", "acute", "hospital-episode", null, null, SINCE, null);
    private static final Involved REABLEMENT = new Involved("RY1", "reablement", "community", "referral-recipient",
            "Home reablement", null, SINCE, null);
    private static final Involved COUNCIL = new Involved("LA1", "adult-social-care", "social-care", "care-team-member",
            null, null, SINCE, null);
    private static final Involved COORDINATOR = new Involved("RY1", "spa", "community", "care-coordinator", null,
            "Colin Reed", SINCE, null);
    private static final Involvement PANEL = new Involvement(COORDINATOR, List.of(WARD, REABLEMENT),
            List.of(WARD, REABLEMENT, COUNCIL, COORDINATOR));
    private static final SharingPreferences NOT_SOCIAL_CARE = new SharingPreferences(Set.of(), Set.of("social-care"));

    @Test
    void aReaderTheObjectionReachesSeesOnlyItsOwnOrganisationsInvolvement() {
        var panel = new Visibility(NOT_SOCIAL_CARE, "LA1", "social-care").panel(PANEL);
        assertNull(panel.careCoordinator());
        assertEquals(List.of(), panel.activeServices());
        assertEquals(List.of(COUNCIL), panel.involved());
    }

    @Test
    void otherReadersDoNotSeeTheObjectedToParty() {
        var panel = new Visibility(NOT_SOCIAL_CARE, "RX1", "acute").panel(PANEL);
        assertEquals(COORDINATOR, panel.careCoordinator());
        assertEquals(List.of(WARD, REABLEMENT), panel.activeServices());
        assertEquals(List.of(WARD, REABLEMENT, COORDINATOR), panel.involved());
    }

    @Test
    void withoutObjectionsEveryoneIsShown() {
        assertEquals(PANEL, new Visibility(new SharingPreferences(Set.of(), Set.of()), "LA1", "social-care").panel(PANEL));
    }

    /** The rule a webhook delivery is filtered by: what an organisation recorded, shown as its involvement is. */
    @Test
    void whatAnOrganisationRecordedIsShownAsItsInvolvementIs() {
        var council = new Visibility(NOT_SOCIAL_CARE, "LA1", "social-care");
        assertTrue(council.shows("LA1", "social-care"));
        assertFalse(council.shows("RX1", "acute"));
        var hospital = new Visibility(NOT_SOCIAL_CARE, "RX1", "acute");
        assertTrue(hospital.shows("RY1", "community"));
        assertFalse(hospital.shows("LA1", "social-care"));
        assertTrue(hospital.shows(null, null));
    }
}

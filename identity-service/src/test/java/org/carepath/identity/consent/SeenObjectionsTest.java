package org.carepath.identity.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carepath.platform.security.CareActor;
import org.junit.jupiter.api.Test;

class SeenObjectionsTest {

    private static final CareActor NURSE = new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7"), "nurse",
            Set.of());
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static SharingObjection objection(String scope, String target) {
        return new SharingObjection("9434765919", scope, target, "their reason", NURSE, AT);
    }

    @Test
    void aPartyNotObjectedToSeesEveryObjection() {
        var toCouncil = objection(SharingObjection.SECTOR, "social-care");
        var withdrawn = objection(SharingObjection.ORGANISATION, "RY1");
        withdrawn.withdraw(NURSE, AT.plusSeconds(60));
        var seen = SeenObjections.by("RY1", "community", List.of(toCouncil, withdrawn));
        assertFalse(seen.restricted());
        assertEquals(List.of(toCouncil, withdrawn), seen.objections());
    }

    @Test
    void aPartyObjectedToSeesOnlyTheStandingObjectionsThatReachIt() {
        var toSector = objection(SharingObjection.SECTOR, "social-care");
        var toVoluntary = objection(SharingObjection.ORGANISATION, "VB1");
        var toCouncilWithdrawn = objection(SharingObjection.ORGANISATION, "LA1");
        toCouncilWithdrawn.withdraw(NURSE, AT.plusSeconds(60));
        var seen = SeenObjections.by("LA1", "social-care", List.of(toSector, toVoluntary, toCouncilWithdrawn));
        assertTrue(seen.restricted());
        assertEquals(List.of(toSector), seen.objections());
    }

    @Test
    void anObjectionReachesAnOrganisationByNameOrByItsKnownSector() {
        assertTrue(objection(SharingObjection.ORGANISATION, "LA1").reaches("LA1", null));
        assertTrue(objection(SharingObjection.SECTOR, "social-care").reaches("LA1", "social-care"));
        assertFalse(objection(SharingObjection.SECTOR, "social-care").reaches("LA1", null));
        assertFalse(objection(SharingObjection.ORGANISATION, "social-care").reaches("LA1", "social-care"));
        assertFalse(objection(SharingObjection.SECTOR, "LA1").reaches("LA1", "social-care"));
    }
}

package org.carepath.identity.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.carepath.platform.security.CareActor;
import org.junit.jupiter.api.Test;

class SharingPreferencesTest {

    private static final CareActor NURSE = new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7"), "nurse",
            Set.of());

    private static SharingObjection objection(String scope, String target) {
        return new SharingObjection("9434765919", scope, target, null, NURSE, Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void objectionsAreGroupedBySectorAndOrganisation() {
        var preferences = SharingPreferences.of(List.of(objection(SharingObjection.SECTOR, "social-care"),
                objection(SharingObjection.ORGANISATION, "VB1"), objection(SharingObjection.SECTOR, "voluntary")));
        assertEquals(Set.of("social-care", "voluntary"), preferences.sectors());
        assertEquals(Set.of("VB1"), preferences.organisations());
    }

    @Test
    void anOrganisationIsObjectedToByNameOrBySector() {
        var preferences = SharingPreferences.of(List.of(objection(SharingObjection.SECTOR, "social-care"),
                objection(SharingObjection.ORGANISATION, "VB1")));
        assertTrue(preferences.objectsTo("LA1", "social-care"));
        assertTrue(preferences.objectsTo("VB1", null));
        assertFalse(preferences.objectsTo("RY1", "community"));
        assertFalse(preferences.objectsTo("RX1", null));
    }

    @Test
    void noObjectionsObjectToNobody() {
        assertFalse(SharingPreferences.of(List.of()).objectsTo("LA1", "social-care"));
    }
}

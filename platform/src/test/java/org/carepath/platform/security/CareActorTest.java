package org.carepath.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CareActorTest {

    private static CareActor wardNurse() {
        return new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7", "discharge-hub"), "nurse",
                Set.of(Roles.REFERRER, Roles.DISCHARGE_COORDINATOR));
    }

    @Test
    void answersForItsOrganisationTeamsAndRoles() {
        CareActor nurse = wardNurse();
        assertTrue(nurse.worksFor("RX1"));
        assertFalse(nurse.worksFor("RY1"));
        assertTrue(nurse.isIn("ward-7"));
        assertFalse(nurse.isIn("spa"));
        assertTrue(nurse.hasRole(Roles.REFERRER));
        assertFalse(nurse.hasRole(Roles.ADMIN));
    }

    @Test
    void anActorWithoutAnOrganisationWorksForNoOne() {
        CareActor client = new CareActor("service-account", "interface", null, Set.of(), null, Set.of(Roles.INTEGRATION));
        assertFalse(client.worksFor(null));
        assertFalse(client.worksFor("RX1"));
        assertNull(client.mainTeam());
    }

    @Test
    void mainTeamIsStableWhateverTheClaimOrder() {
        assertEquals("discharge-hub", wardNurse().mainTeam());
    }
}

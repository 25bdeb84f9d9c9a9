package org.carepath.identity.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessFactsTest {

    @Test
    void aStandingRelationshipComesBeforeEveryOtherBasis() {
        assertEquals(Access.of(Basis.RELATIONSHIP), new AccessFacts(true, true, "event-1", "cardiac arrest").access());
    }

    @Test
    void theDataControllerComesBeforeASelfGrantedRelationshipAndBreakGlass() {
        assertEquals(Access.of(Basis.DATA_CONTROLLER), new AccessFacts(false, true, "event-1", "cardiac arrest").access());
    }

    @Test
    void aSelfGrantedRelationshipIsNamedByTheEventThatMadeIt() {
        assertEquals(new Access(Basis.SELF_GRANTED_RELATIONSHIP, null, "event-1"),
                new AccessFacts(false, false, "event-1", "cardiac arrest").access());
    }

    @Test
    void breakGlassCarriesItsReason() {
        assertEquals(new Access(Basis.BREAK_GLASS, "cardiac arrest", null),
                new AccessFacts(false, false, null, "cardiac arrest").access());
    }

    @Test
    void withNoBasisTheReaderMayOnlyTraceThePerson() {
        Access access = new AccessFacts(false, false, null, null).access();
        assertEquals(Access.of(Basis.TRACING), access);
        assertEquals(false, access.seesCare());
    }
}

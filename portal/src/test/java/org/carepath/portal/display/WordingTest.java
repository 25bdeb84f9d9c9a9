package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void timesAreLondonsWhateverTheSeason() {
        assertEquals("15 January 2026 at 09:30", Wording.london(Instant.parse("2026-01-15T09:30:00Z")));
        assertEquals("1 July 2026 at 10:30", Wording.london(Instant.parse("2026-07-01T09:30:00Z")));
        // the clocks went forward at 01:00 UTC on 29 March 2026
        assertEquals("29 March 2026 at 00:59", Wording.london(Instant.parse("2026-03-29T00:59:00Z")));
        assertEquals("29 March 2026 at 02:00", Wording.london(Instant.parse("2026-03-29T01:00:00Z")));
        assertEquals("", Wording.london(null));
    }

    @Test
    void aCarePlansCodesAndChangesReadAsWords() {
        assertEquals("Mobility and falls", Wording.needsWords("mobility-and-falls"));
        assertEquals("Carers' needs", Wording.needsWords("carers-needs"));
        assertEquals("Consent not needed", Wording.consentWords("not-needed"));
        assertEquals("Decision at an MDT meeting: increase visits", Wording.changeWords("MDT decision: increase visits"));
        assertEquals("Drafted for an accepted referral", Wording.changeWords("created for an accepted referral"));
        assertEquals("Plan started", Wording.changeWords("created"));
        assertEquals("Action started: fit a rail", Wording.changeWords("action in-progress: fit a rail"));
    }

    @Test
    void codesReadAsWords() {
        assertEquals("Social care", Wording.sectorName("social-care"));
        assertEquals("Hospital", Wording.sectorName("acute"));
        assertEquals("Not known", Wording.sectorName(null));
        assertEquals("District nursing", Wording.humane("district-nursing"));
        assertEquals("emergency access (break glass)", Wording.basisWords("break-glass"));
    }

    @Test
    void responseTargetsReadAsWords() {
        assertEquals("24 hours", Wording.responseWords("PT24H"));
        assertEquals("1 hour", Wording.responseWords("PT1H"));
        assertEquals("5 working days", Wording.responseWords("5 working days"));
    }

    @Test
    void nhsNumbersAreSpacedAsPrinted() {
        assertEquals("943 476 5919", Wording.spacedNhsNumber("9434765919"));
        assertEquals("94347", Wording.spacedNhsNumber("94347"));
    }

    @Test
    void aDelaysChainAndStandingAreSaidTheSameToBothSides() {
        assertEquals("Received, not yet accepted", Wording.stageWords("received-not-accepted"));
        assertEquals("Accepted, no start date yet", Wording.stageWords("accepted-no-start"));
        assertEquals("Care plan action overdue", Wording.stageWords("action-overdue"));
        assertEquals("Not answered yet", Wording.standingWords("not-answered"));
        assertEquals("Some new stage", Wording.stageWords("some-new-stage"), "a stage not known here is still words");
    }
}

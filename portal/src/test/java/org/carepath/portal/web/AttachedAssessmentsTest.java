package org.carepath.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.carepath.portal.services.ReferralsApi;
import org.junit.jupiter.api.Test;

class AttachedAssessmentsTest {

    @Test
    void emptyRowsAreNoAssessmentAndTheFormAlwaysHasItsRows() {
        AttachedAssessments none = AttachedAssessments.read(null, List.of(""), List.of(" "), null);

        assertEquals(AttachedAssessments.ROWS, none.rows().size());
        assertFalse(none.filled());
        assertNull(none.problem());
        assertEquals(List.of(), none.toSend("RX1"));
    }

    @Test
    void aFilledRowIsSentFromTheReferrersOrganisationWithItsDate() {
        AttachedAssessments attached = AttachedAssessments.read(List.of("", "Falls risk assessment"),
                List.of("", "FRA-1"), List.of("", "2026-11-20"), List.of("", " Two falls; walks with a frame "));

        assertTrue(attached.filled());
        assertNull(attached.problem());
        assertEquals(List.of(new ReferralsApi.Assessment("FRA-1", "Falls risk assessment", "Two falls; walks with a frame",
                "RX1", LocalDate.of(2026, 11, 20))), attached.toSend("RX1"));
    }

    @Test
    void aHalfFilledRowOrAWrongDateIsSaidInASentenceNamingTheRow() {
        assertEquals("Give the title, reference and summary of assessment 2, or leave it empty",
                AttachedAssessments.read(List.of("", "Falls"), List.of(), List.of(), List.of()).problem());
        assertEquals("Give the date assessment 1 was completed as a date, for example 20/11/2026",
                AttachedAssessments.read(List.of("Falls"), List.of("F-1"), List.of("31/02/2026"), List.of("found"))
                        .problem());
    }
}

package org.carepath.referrals.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.carepath.referrals.triage.ResponseTarget.Unit;
import org.junit.jupiter.api.Test;

class ResponseTargetTest {

    @Test
    void wholeHoursAreWrittenAsIsoDurations() {
        assertEquals(new ResponseTarget(2, Unit.HOURS), ResponseTarget.parse("PT2H"));
        assertEquals(new ResponseTarget(24, Unit.HOURS), ResponseTarget.parse("PT24H"));
        assertEquals(new ResponseTarget(48, Unit.HOURS), ResponseTarget.parse("PT48H"));
    }

    @Test
    void workingDaysAreWrittenInWords() {
        assertEquals(new ResponseTarget(5, Unit.WORKING_DAYS), ResponseTarget.parse("5 working days"));
        assertEquals(new ResponseTarget(1, Unit.WORKING_DAYS), ResponseTarget.parse("1 working day"));
    }

    @Test
    void oneWorkingDayIsSingular() {
        assertEquals("1 working day", new ResponseTarget(1, Unit.WORKING_DAYS).text());
        assertEquals("5 working days", new ResponseTarget(5, Unit.WORKING_DAYS).text());
        assertEquals("PT2H", new ResponseTarget(2, Unit.HOURS).text());
    }

    @Test
    void theTextReadsBackAsTheSameTarget() {
        for (String text : List.of("PT2H", "PT24H", "PT48H", "1 working day", "5 working days")) {
            ResponseTarget target = ResponseTarget.parse(text);

            assertEquals(text, target.text());
            assertEquals(target, ResponseTarget.parse(target.text()));
        }
    }

    @Test
    void otherFormsAreRefusedWithTheAcceptedFormsInTheMessage() {
        for (String text : Arrays.asList(null, "", "P1D", "PT2H30M", "PT1.5H", "PT-2H", "2 hours", "5 days",
                "five working days", "5 working", "99999999999999999999 working days")) {
            var refused = assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse(text), String.valueOf(text));

            assertTrue(refused.getMessage().contains("PT2H"), refused.getMessage());
            assertTrue(refused.getMessage().contains("5 working days"), refused.getMessage());
        }
    }

    @Test
    void aTargetOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse("PT0H"));
        assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse("0 working days"));
        assertThrows(IllegalArgumentException.class, () -> new ResponseTarget(-1, Unit.HOURS));
    }

    @Test
    void aTargetIsAtMostAYearSoTheCalendarNeverCountsForLong() {
        assertEquals(new ResponseTarget(ResponseTarget.MAX_WORKING_DAYS, Unit.WORKING_DAYS), ResponseTarget.parse("260 working days"));
        assertEquals(new ResponseTarget(ResponseTarget.MAX_HOURS, Unit.HOURS), ResponseTarget.parse("PT8760H"));
        assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse("261 working days"));
        assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse("99999999999999 working days"));
        assertThrows(IllegalArgumentException.class, () -> ResponseTarget.parse("PT8761H"));
    }
}

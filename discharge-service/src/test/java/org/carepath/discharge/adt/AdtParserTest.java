package org.carepath.discharge.adt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.discharge.episode.AdmissionMethod;
import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;

class AdtParserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final AdtParser parser = new AdtParser();

    @Test
    void anA01GivesThePersonTheVisitAndWhereTheyAre() throws Exception {
        var message = parser.parse(Hl7.a01("RX1", "MSG0001", "9434765919", "V100", "ward-7", "B12", "20261120093000"));

        AdtMessage adt = parser.read(message, NOW);

        assertEquals("A01", adt.trigger());
        assertEquals("MSG0001", adt.controlId());
        assertEquals("RX1", adt.sendingFacility());
        assertEquals("9434765919", adt.nhsNumber(), "the NHS repetition, not the hospital number before it");
        assertEquals("V100", adt.visitNumber());
        assertEquals("ward-7", adt.ward());
        assertEquals("B12", adt.bed());
        assertEquals(AdmissionMethod.EMERGENCY, adt.admissionMethod());
        assertEquals(Instant.parse("2026-11-20T09:30:00Z"), adt.admittedAt(), "London time; GMT in November");
    }

    @Test
    void hl7TimesAreLondonTimeUnlessTheySayOtherwise() throws Exception {
        assertEquals(Instant.parse("2026-07-01T08:30:00Z"), time("202607010930"));
        assertEquals(Instant.parse("2026-07-01T09:30:00Z"), time("20260701093000+0000"));
        assertNull(time(""));
    }

    @Test
    void aTimeThatIsNoRealDateOrIsInTheFutureIsABadFieldNamingIt() throws Exception {
        for (String impossible : List.of("yesterday", "202502301200", "00000101", "20250230")) {
            var bad = assertThrows(AdtParser.BadField.class, () -> time(impossible));
            assertEquals("PV1-44 (admit date/time) '" + impossible + "' is not a real date and time (YYYYMMDDHHMM[SS][+ZZZZ])",
                    bad.getMessageWithoutLocation());
            assertEquals(ErrorCode.DATA_TYPE_ERROR, bad.getError());
        }
        assertTrue(assertThrows(AdtParser.BadField.class, () -> time("000001010000")).getMessage()
                .contains("outside the years 1850-2199"));
        assertTrue(assertThrows(AdtParser.BadField.class, () -> time("209901011200")).getMessage().contains("in the future"));
        assertEquals(NOW.plus(InpatientEpisode.CLOCK_SKEW), time("202612011205"), "a clock a little ahead is allowed");
        assertThrows(AdtParser.BadField.class, () -> time("202612011206"));
    }

    @Test
    void aBadTimeIsRefusedWithAnErrSegmentLocatingTheField() throws Exception {
        var message = parser.parse(Hl7.a01("RX1", "MSG0004", "9434765919", "V103", "ward-7", null, "202502301200"));

        var bad = assertThrows(AdtParser.BadField.class, () -> parser.read(message, NOW));
        String ack = parser.acknowledge(message, AcknowledgmentCode.AR, bad);

        assertTrue(ack.contains("MSA|AR|MSG0004|PV1-44 (admit date/time) '202502301200' is not a real date"), ack);
        assertTrue(ack.contains("ERR||PV1^1^44|102^"), ack);
    }

    private static Instant time(String dtm) throws AdtParser.BadField {
        return AdtParser.time("PV1", 44, "admit date/time", dtm, NOW);
    }

    @Test
    void datesAreWholeDaysOrTheDayOfATimeAndAnImpossibleOneIsABadFieldNamingIt() throws Exception {
        assertEquals(LocalDate.of(2026, 11, 25), AdtParser.date("PV2", 9, "expected discharge date", "20261125"));
        assertEquals(LocalDate.of(1941, 12, 10), AdtParser.date("PID", 7, "date of birth", "194112100930"));
        assertNull(AdtParser.date("PV2", 9, "expected discharge date", " "));
        for (String impossible : List.of("20250230", "2026-11-25", "1226", "00000101")) {
            var bad = assertThrows(AdtParser.BadField.class, () -> AdtParser.date("PV2", 9, "expected discharge date", impossible));
            assertTrue(bad.getMessage().startsWith("PV2-9 (expected discharge date) '" + impossible + "'"), bad.getMessage());
        }
    }

    @Test
    void anA40NamesTheMergedRecordsNhsNumberAndAnA31ThePersonsDetails() throws Exception {
        AdtMessage merge = parser.read(parser.parse(Hl7.merge("RX1", "MSG0005", "9434765919", "9434765870")),
                Instant.parse("2026-11-21T00:00:00Z"));
        assertEquals("9434765870", merge.mergedNhsNumber());
        assertNull(merge.expectedDischargeDate(), "ADT_A39 has no PV2");
        AdtMessage details = parser.read(parser.parse(Hl7.person("A31", "RX1", "MSG0006", "9434765919", "LOVELACE", "ADA",
                "19411210", "LS1 4AP")), Instant.parse("2026-11-21T00:00:00Z"));
        assertEquals(new AdtMessage.Person("ADA", "LOVELACE", LocalDate.of(1941, 12, 10), "LS1 4AP"), details.person());
        assertNull(details.mergedNhsNumber());
    }

    @Test
    void admissionTypesAndNhsAdmissionMethodsMapToElectiveOrEmergency() {
        assertEquals(AdmissionMethod.ELECTIVE, AdtParser.admissionMethod("C"));
        assertEquals(AdmissionMethod.ELECTIVE, AdtParser.admissionMethod("11"));
        assertEquals(AdmissionMethod.EMERGENCY, AdtParser.admissionMethod("E"));
        assertEquals(AdmissionMethod.EMERGENCY, AdtParser.admissionMethod("21"));
        assertNull(AdtParser.admissionMethod(null));
    }

    @Test
    void theAckEchoesTheControlIdAndSaysWhy() throws Exception {
        var message = parser.parse(Hl7.a01("RX1", "MSG0002", "9434765919", "V101", "ward-7", null, "20261120093000"));

        String ack = parser.acknowledge(message, AcknowledgmentCode.AE, "no open episode", ErrorCode.UNKNOWN_KEY_IDENTIFIER);

        assertTrue(ack.contains("MSA|AE|MSG0002|no open episode"), ack);
        assertTrue(ack.contains("ERR|||204^"), ack);
        assertTrue(parser.reject("not hl7", "unreadable").contains("MSA|AR||unreadable"));
    }

    @Test
    void eachAckHasItsOwnControlIdThatFitsMsh10() throws Exception {
        var message = parser.parse(Hl7.a01("RX1", "MSG0003", "9434765919", "V102", "ward-7", null, "20261120093000"));

        String first = controlId(parser.acknowledge(message, AcknowledgmentCode.AA, null, null));
        String second = controlId(parser.reject("not hl7", "unreadable"));

        assertTrue(first.length() >= 16 && first.length() <= 20, first);
        assertTrue(second.length() >= 16 && second.length() <= 20, second);
        assertNotEquals(first, second);
    }

    private static String controlId(String ack) {
        return ack.lines().findFirst().orElseThrow().split("\\|")[9];
    }
}

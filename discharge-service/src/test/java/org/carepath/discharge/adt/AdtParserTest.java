package org.carepath.discharge.adt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.carepath.discharge.episode.AdmissionMethod;
import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;

class AdtParserTest {

    private final AdtParser parser = new AdtParser();

    @Test
    void anA01GivesThePersonTheVisitAndWhereTheyAre() throws Exception {
        var message = parser.parse(Hl7.a01("RX1", "MSG0001", "9434765919", "V100", "ward-7", "B12", "20261120093000"));

        AdtMessage adt = parser.read(message);

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
    void hl7TimesAreLondonTimeUnlessTheySayOtherwise() {
        assertEquals(Instant.parse("2026-07-01T08:30:00Z"), AdtParser.time("202607010930"));
        assertEquals(Instant.parse("2026-07-01T09:30:00Z"), AdtParser.time("20260701093000+0000"));
        assertNull(AdtParser.time(""));
        assertThrows(IllegalArgumentException.class, () -> AdtParser.time("yesterday"));
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

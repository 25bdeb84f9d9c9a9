package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    record Note(String text, List<String> tags, int pathway) {
    }

    record Visit(LocalDate born, Instant admittedAt) {
    }

    private final ObjectMapper lenient = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ObjectMapper strict = new StrictJson(lenient).getContext(Note.class);

    @Test
    void plainTextWithTabsAndLineBreaksIsRead() throws Exception {
        Note note = strict.readValue("{\"text\":\"a\\tb\\r\\nc\",\"tags\":[\"x\"],\"pathway\":2}", Note.class);
        assertEquals("a\tb\r\nc", note.text());
    }

    @Test
    void aControlCharacterIsRefusedWithTheFieldInItsPath() {
        var refused = assertThrows(StrictJson.Refusal.class,
                () -> strict.readValue("{\"text\":\"a\\u0000b\",\"tags\":[],\"pathway\":1}", Note.class));
        assertEquals("text", refused.getPath().get(0).getFieldName());
        var inList = assertThrows(StrictJson.Refusal.class,
                () -> strict.readValue("{\"text\":\"a\",\"tags\":[\"ok\",\"b\\u0085\"],\"pathway\":1}", Note.class));
        assertEquals("tags", inList.getPath().get(0).getFieldName());
        assertEquals(1, inList.getPath().get(1).getIndex());
    }

    @Test
    void duplicateKeysTrailingContentAndDecimalsForWholeNumbersAreRefused() throws Exception {
        assertThrows(JsonParseException.class, () -> strict.readValue("{\"text\":\"a\",\"text\":\"b\"}", Note.class));
        assertThrows(MismatchedInputException.class, () -> strict.readValue("{\"text\":\"a\"} {}", Note.class));
        assertThrows(JsonMappingException.class, () -> strict.readValue("{\"text\":\"a\",\"pathway\":2.999}", Note.class));
        // the shared mapper, which reads events, is left as it was
        assertEquals("a\u0000b", lenient.readValue("{\"text\":\"a\\u0000b\"}", Note.class).text());
    }

    @Test
    void aNullInAListIsRefusedWithItsPlace() {
        var refused = assertThrows(InvalidNullException.class,
                () -> strict.readValue("{\"text\":\"a\",\"tags\":[\"x\",null],\"pathway\":1}", Note.class));
        assertEquals("tags", refused.getPath().get(0).getFieldName());
    }

    @Test
    void datesOutsideTheYearsACareRecordConcernsAreRefused() throws Exception {
        Visit visit = strict.readValue("{\"born\":\"1850-01-01\",\"admittedAt\":\"2199-12-31T23:59:59Z\"}", Visit.class);
        assertEquals(LocalDate.of(1850, 1, 1), visit.born());
        var tooEarly = assertThrows(StrictJson.Refusal.class,
                () -> strict.readValue("{\"born\":\"0000-01-01\"}", Visit.class));
        assertEquals("born", tooEarly.getPath().get(0).getFieldName());
        assertTrue(tooEarly.getOriginalMessage().contains("dates must fall between 1850 and 2199"), tooEarly.getOriginalMessage());
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"admittedAt\":\"+999999999-12-31T00:00:00Z\"}", Visit.class));
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"admittedAt\":\"2200-01-01T00:00:00Z\"}", Visit.class));
    }

    @Test
    void aNumberOrTrueFalseForTextIsRefusedRatherThanTurnedIntoText() {
        var number = assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"text\":12345}", Note.class));
        assertEquals("is 12345; text belongs in quotes", number.getOriginalMessage());
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"text\":\"a\",\"tags\":[true]}", Note.class));
    }

    @Test
    void aDateIsTextInQuotesNotDaysSince1970NorAListNorTextWithAControlCharacter() {
        // Jackson alone reads 12345 as 2003-10-20, [2025,6,1] as a date, and trims a NUL off the end
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"born\":12345}", Visit.class));
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"born\":[2025,6,1]}", Visit.class));
        assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"admittedAt\":1700000000}", Visit.class));
        var nul = assertThrows(StrictJson.Refusal.class, () -> strict.readValue("{\"born\":\"2025-06-01\\u0000\"}", Visit.class));
        assertEquals("contains the control character U+0000; a date holds none", nul.getOriginalMessage());
    }
}

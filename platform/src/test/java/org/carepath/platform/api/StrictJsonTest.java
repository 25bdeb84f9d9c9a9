package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    record Note(String text, List<String> tags, int pathway) {
    }

    private final ObjectMapper lenient = new ObjectMapper();
    private final ObjectMapper strict = new StrictJson(lenient).getContext(Note.class);

    @Test
    void plainTextWithTabsAndLineBreaksIsRead() throws Exception {
        Note note = strict.readValue("{\"text\":\"a\\tb\\r\\nc\",\"tags\":[\"x\"],\"pathway\":2}", Note.class);
        assertEquals("a\tb\r\nc", note.text());
    }

    @Test
    void aControlCharacterIsRefusedWithTheFieldInItsPath() {
        var refused = assertThrows(StrictJson.ControlCharacter.class,
                () -> strict.readValue("{\"text\":\"a\\u0000b\",\"tags\":[],\"pathway\":1}", Note.class));
        assertEquals("text", refused.getPath().get(0).getFieldName());
        var inList = assertThrows(StrictJson.ControlCharacter.class,
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
}

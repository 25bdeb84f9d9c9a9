package org.carepath.testkit.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BadRequestsTest {

    private static final String OPEN_API = """
            {"openapi":"3.1.0","paths":{
              "/notes":{"post":{"parameters":[{"name":"Idempotency-Key","in":"header","schema":{"type":"string","maxLength":200}}],
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Note"}}}}}},
              "/notes/{code}":{"get":{"parameters":[{"name":"code","in":"path","required":true,
                "schema":{"type":"string","pattern":"[A-Z0-9]{3,10}"}},{"name":"q","in":"query","schema":{"type":"string"}},
                {"name":"id","in":"query","schema":{"type":"string","format":"uuid"}}]}}},
             "components":{"schemas":{"Note":{"type":"object","required":["text"],"properties":{
               "text":{"type":"string","maxLength":10},"pathway":{"type":"integer","format":"int32","minimum":0,"maximum":3},
               "tags":{"type":"array","maxItems":2,"items":{"type":"string"}}}}}}}
            """;

    private final JsonNode doc = read(OPEN_API);
    private final List<BadRequest> seed1 = generate(1);

    @Test
    void theSameSeedMakesTheSameRequests() {
        assertEquals(describe(generate(7)), describe(generate(7)));
        assertFalse(describe(generate(7)).equals(describe(generate(8))), "another seed, other random choices");
    }

    @Test
    void aValueOverItsMaximumIsForbiddenAndItsFieldNamed() {
        BadRequest over = find(seed1, "body.text: maxLength+");
        assertTrue(over.forbidden());
        assertTrue(new String(over.body(), StandardCharsets.UTF_8).matches(".*\"text\":\"y{11,13}\".*"));
        assertTrue(find(seed1, "body.pathway: decimal 2.999").forbidden());
        assertTrue(find(seed1, "body.tags: maxItems+1 (3)").forbidden());
        assertTrue(find(seed1, "body: duplicate key 'text'").forbidden());
    }

    @Test
    void anOptionalFieldLeftOutOrAnyTextInAParameterIsNotForbidden() {
        assertFalse(find(seed1, "body.pathway: removed").forbidden());
        assertTrue(find(seed1, "body.text: removed").forbidden());
        assertFalse(find(seed1, "query q: a number for a text").forbidden(), "12345 is text on the wire");
        assertFalse(find(seed1, "path code: a number for a text").forbidden(), "12345 matches the pattern");
        assertTrue(find(seed1, "path code: not matching its pattern").forbidden());
    }

    @Test
    void atLeastTheTargetIsMade() {
        assertTrue(seed1.size() >= 500);
    }

    private List<BadRequest> generate(long seed) {
        return new BadRequests(doc, new Known(), seed).generate(500);
    }

    private static BadRequest find(List<BadRequest> requests, String mutation) {
        return requests.stream().filter(request -> request.mutation().startsWith(mutation)).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + mutation));
    }

    private static List<String> describe(List<BadRequest> requests) {
        return requests.stream().map(request -> request.describe() + new String(request.body() == null ? new byte[0]
                : request.body(), StandardCharsets.UTF_8)).toList();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.carepath.platform.problem;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body.
 *
 * @param type       a URN naming the kind of problem, stable for clients to switch on
 * @param extensions extra members (e.g. {@code violations}, {@code currentStatus}) written at the top level
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }
}

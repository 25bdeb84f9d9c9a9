package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.Set;

import org.carepath.platform.api.Codes;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answer of the organisation a delay is attributed to: it acknowledges that the person waits on
 * it, or disputes it with a reason. A later answer replaces an earlier one; all are kept.
 */
public record DelayAnswer(Kind kind, String reason, String organisation, String by, String byName, Instant at) {

    public enum Kind {
        ACKNOWLEDGED, DISPUTED;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Kind fromCode(String code) {
            return Codes.parse(Kind.class, code);
        }
    }

    /** Who answers for an organisation: those who take in and coordinate its work, and its managers. */
    static final Set<String> ANSWERING_ROLES = Set.of(Roles.TRIAGER, Roles.CARE_COORDINATOR, Roles.MANAGER);

    /** Whether the actor answers for the organisation the delay is attributed to (none: nobody does). */
    public static boolean mayAnswer(CareActor actor, String accountableOrganisation) {
        return accountableOrganisation != null && actor.worksFor(accountableOrganisation)
                && ANSWERING_ROLES.stream().anyMatch(actor::hasRole);
    }
}

package org.carepath.identity;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "identity")
public interface IdentityConfig {

    /** How long the receiving team stays involved after it completed a referral (follow-up questions, handover). */
    @WithDefault("P14D")
    Duration referralGracePeriod();

    /**
     * How long a relationship an organisation gave itself (a referral sent, a plan started, with no
     * relationship before) counts if nothing another party does follows it (the referral received, an
     * admission, being added to a care team by another organisation).
     */
    @WithDefault("P7D")
    Duration selfGrantedExpiry();

    /** How long one break-glass grant lets its holder read the person's record. */
    @WithDefault("PT60M")
    Duration breakGlassDuration();

    /** Realm roles that may break the glass: those who act in emergencies and across organisations. */
    @WithDefault("discharge-coordinator,care-coordinator,manager")
    Set<String> breakGlassRoles();
}

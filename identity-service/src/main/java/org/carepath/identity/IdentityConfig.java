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

    /** How long one break-glass grant lets its holder read the person's record. */
    @WithDefault("PT60M")
    Duration breakGlassDuration();

    /** Realm roles that may break the glass: those who act in emergencies and across organisations. */
    @WithDefault("discharge-coordinator,care-coordinator,manager")
    Set<String> breakGlassRoles();
}

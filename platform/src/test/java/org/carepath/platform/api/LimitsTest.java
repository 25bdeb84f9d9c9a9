package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carepath.platform.care.NeedsDomain;
import org.junit.jupiter.api.Test;

class LimitsTest {

    /** An annotation needs a constant, so the count is written out; this keeps it in step with the domains. */
    @Test
    void aListOfNeedsDomainsHoldsEachDomainOnce() {
        assertEquals(NeedsDomain.values().length, Limits.NEEDS_DOMAINS);
    }
}

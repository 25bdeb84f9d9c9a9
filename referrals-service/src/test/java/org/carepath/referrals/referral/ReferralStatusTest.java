package org.carepath.referrals.referral;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferralStatusTest {

    /** V4's unique index names the open statuses in SQL: they must stay the ones the guard looks for. */
    @Test
    void theDuplicateGuardsIndexCoversExactlyTheOpenStatuses() throws IOException {
        String index;
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V4__duplicate_guard_index.sql")) {
            String sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            index = sql.substring(sql.indexOf("CREATE UNIQUE INDEX"));
        }
        int start = index.indexOf("status IN (") + "status IN (".length();
        Set<String> named = Arrays.stream(index.substring(start, index.indexOf(')', start)).split(","))
                .map(status -> status.trim().replace("'", ""))
                .collect(toSet());
        Set<String> open = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen).map(Enum::name).collect(toSet());
        assertEquals(open, named);
    }
}

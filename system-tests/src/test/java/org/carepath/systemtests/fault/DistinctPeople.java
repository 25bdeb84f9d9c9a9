package org.carepath.systemtests.fault;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.carepath.testkit.TestPeople;

/**
 * Valid NHS numbers, never the same one twice in this JVM: each referral of the load is a
 * different person, so counting a person's events counts one referral's events.
 */
final class DistinctPeople implements Supplier<String> {

    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    @Override
    public String get() {
        while (true) {
            String candidate = TestPeople.nhsNumber();
            if (issued.add(candidate)) {
                return candidate;
            }
        }
    }
}

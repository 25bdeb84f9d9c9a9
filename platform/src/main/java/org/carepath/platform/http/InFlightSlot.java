package org.carepath.platform.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One admitted request's place under the in-flight limit. It is held by the HTTP exchange and,
 * once Quarkus REST takes the request, by its work too: that work goes on after a client leaves
 * (see {@link NonCancellableEndpoints}), so the place is freed only when both are over.
 */
final class InFlightSlot {

    private final AtomicInteger holders = new AtomicInteger(1);
    private final Runnable free;

    InFlightSlot(Runnable free) {
        this.free = free;
    }

    /** Adds a holder unless the slot was already freed; true if it was added. */
    boolean hold() {
        int current = holders.get();
        while (current > 0) {
            if (holders.compareAndSet(current, current + 1)) {
                return true;
            }
            current = holders.get();
        }
        return false;
    }

    void release() {
        if (holders.decrementAndGet() == 0) {
            free.run();
        }
    }
}

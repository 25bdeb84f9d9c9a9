package org.carepath.platform.inbox;

/**
 * An event whose effect failed on every attempt, or that no attempt can fix: what the dead-letter
 * headers tell about it. Its message is the failure's, so logs read as before.
 */
public class EventFailedException extends RuntimeException {

    private final String eventId;
    private final int attempts;

    public EventFailedException(String eventId, int attempts, Throwable failure) {
        super(failure.getMessage(), failure);
        this.eventId = eventId;
        this.attempts = attempts;
    }

    /** The CloudEvent id, or null when the record could not be read as a CloudEvent. */
    public String eventId() {
        return eventId;
    }

    /** How many times the effect was tried, the first included; 1 for a poison event. */
    public int attempts() {
        return attempts;
    }
}

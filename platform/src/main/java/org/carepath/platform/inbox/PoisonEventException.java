package org.carepath.platform.inbox;

/** An event no retry can fix (not a CloudEvent, or data that breaks its schema): straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    private final String eventId;

    public PoisonEventException(String eventId, String message, Throwable cause) {
        super(message, cause);
        this.eventId = eventId;
    }

    /** The CloudEvent id, or null when the record could not be read as a CloudEvent. */
    public String eventId() {
        return eventId;
    }
}

package org.carepath.platform.inbox;

/** An event no retry can fix (not a CloudEvent, or data that breaks its schema): straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

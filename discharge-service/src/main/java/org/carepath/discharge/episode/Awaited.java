package org.carepath.discharge.episode;

/**
 * Something a delay may be linked to, as discharge-service knows it from the events: a referral or a
 * care plan action. Whoever it names is accountable for a delay linked to it.
 */
public interface Awaited {

    /** Whether this is the referral or action the link names. */
    boolean isNamedBy(WaitingOn waitingOn);

    String nhsNumber();

    /** The organisation a delay linked to it waits on; null while the events have named none. */
    String accountableOrganisation();
}

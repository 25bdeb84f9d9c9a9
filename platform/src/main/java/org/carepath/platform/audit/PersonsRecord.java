package org.carepath.platform.audit;

/** A view of one person's record: its audit row names the person. */
public interface PersonsRecord {

    String nhsNumber();
}

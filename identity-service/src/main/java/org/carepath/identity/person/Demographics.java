package org.carepath.identity.person;

import java.time.LocalDate;

/** The minimum to recognise a person: no more is kept here. */
public record Demographics(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {

    public static Demographics unknown() {
        return new Demographics(null, null, null, null);
    }
}

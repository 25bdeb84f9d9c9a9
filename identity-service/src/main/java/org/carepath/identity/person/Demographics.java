package org.carepath.identity.person;

import java.time.LocalDate;

/** The minimum to recognise a person: no more is kept here. */
public record Demographics(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {

    public static Demographics unknown() {
        return new Demographics(null, null, null, null);
    }

    /** These details, with each one the newer report gives instead. */
    public Demographics with(Demographics newer) {
        return new Demographics(newer.givenName != null ? newer.givenName : givenName,
                newer.familyName != null ? newer.familyName : familyName,
                newer.dateOfBirth != null ? newer.dateOfBirth : dateOfBirth,
                newer.postcode != null ? newer.postcode : postcode);
    }
}

package org.carepath.identity.api;

import java.time.LocalDate;
import java.util.List;

import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.Person;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.identity.records.PersonRecords.PersonRecord;
import org.carepath.platform.api.Codes;

/**
 * A person in the index.
 *
 * @param nhsNumber        the NHS number the person is known by now (the survivor of any merge)
 * @param mergedNhsNumbers NHS numbers merged into this one; a lookup of any of them leads here
 * @param basis            on what basis the caller read this (relationship, data-controller, break-glass, tracing)
 */
public record PersonView(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String postcode,
        List<LocalIdentifier> identifiers, List<String> mergedNhsNumbers, String basis) {

    static PersonView of(PersonRecord record) {
        var demographics = record.person().demographics();
        return new PersonView(record.person().nhsNumber(), demographics.givenName(), demographics.familyName(),
                demographics.dateOfBirth(), demographics.postcode(),
                record.identifiers().stream().map(PersonIdentifier::identifier).toList(), record.merged(),
                Codes.of(record.access().basis()));
    }

    static PersonView of(Person person) {
        var demographics = person.demographics();
        return new PersonView(person.nhsNumber(), demographics.givenName(), demographics.familyName(),
                demographics.dateOfBirth(), demographics.postcode(), null, null, null);
    }
}

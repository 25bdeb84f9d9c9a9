package org.carepath.identity.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carepath.identity.person.Demographics;
import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.platform.api.Limits;
import org.carepath.platform.nhs.NhsNumber;

/** What clients send to the person index. */
public final class PersonRequests {

    private PersonRequests() {
    }

    public record Register(@NotBlank @NhsNumber String nhsNumber, @Size(max = Limits.SHORT_NAME) String givenName,
            @Size(max = Limits.SHORT_NAME) String familyName, @Past LocalDate dateOfBirth,
            @Size(max = Limits.POSTCODE) String postcode) {

        Demographics demographics() {
            return new Demographics(givenName, familyName, dateOfBirth, postcode);
        }
    }

    public record Correct(@Size(max = Limits.SHORT_NAME) String givenName, @Size(max = Limits.SHORT_NAME) String familyName,
            @Past LocalDate dateOfBirth, @Size(max = Limits.POSTCODE) String postcode) {

        Demographics demographics() {
            return new Demographics(givenName, familyName, dateOfBirth, postcode);
        }
    }

    /** @param kind hospital-mrn, council-person-id or community-id */
    public record Link(@NotBlank @Pattern(regexp = PersonIdentifier.KINDS, message = "must be one of " + PersonIdentifier.KINDS) String kind,
            @NotBlank @Size(max = Limits.IDENTIFIER) String value,
            @NotBlank @Size(max = Limits.ODS_CODE) String assigningOrganisation) {

        LocalIdentifier identifier() {
            return new LocalIdentifier(kind, value, assigningOrganisation);
        }
    }

    /** @param retiredNhsNumber the record found to be the same person, merged into the one in the path */
    public record Merge(@NotBlank @NhsNumber String retiredNhsNumber, @NotBlank @Size(max = Limits.SHORT_TEXT) String reason) {
    }
}

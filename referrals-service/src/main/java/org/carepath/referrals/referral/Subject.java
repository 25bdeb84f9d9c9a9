package org.carepath.referrals.referral;

import java.time.LocalDate;
import java.util.List;

/** The person the referral is about: NHS number first, with enough to recognise them. */
public record Subject(String nhsNumber, String name, LocalDate birthDate, String postcode,
        List<LocalIdentifier> localIdentifiers) {
}

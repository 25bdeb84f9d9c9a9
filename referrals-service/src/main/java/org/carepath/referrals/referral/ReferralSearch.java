package org.carepath.referrals.referral;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a search of referrals asks for, every criterion given narrowing it; always within what the
 * caller may read.
 *
 * @param statuses      any of these states; null for any state (an empty set matches nothing)
 * @param updatedFrom   changed at or after; null for no bound
 * @param updatedBefore changed before; null for no bound
 */
public record ReferralSearch(UUID referralId, String nhsNumber, Set<ReferralStatus> statuses, UUID serviceId,
        String receivingOrganisation, Instant updatedFrom, Instant updatedBefore) {

    public static ReferralSearch any() {
        return new ReferralSearch(null, null, null, null, null, null, null);
    }

    public ReferralSearch withId(UUID id) {
        return new ReferralSearch(id, nhsNumber, statuses, serviceId, receivingOrganisation, updatedFrom, updatedBefore);
    }

    public ReferralSearch withNhsNumber(String number) {
        return new ReferralSearch(referralId, number, statuses, serviceId, receivingOrganisation, updatedFrom, updatedBefore);
    }

    public ReferralSearch withStatuses(Set<ReferralStatus> any) {
        return new ReferralSearch(referralId, nhsNumber, any, serviceId, receivingOrganisation, updatedFrom, updatedBefore);
    }

    public ReferralSearch withService(UUID id) {
        return new ReferralSearch(referralId, nhsNumber, statuses, id, receivingOrganisation, updatedFrom, updatedBefore);
    }

    public ReferralSearch withReceivingOrganisation(String odsCode) {
        return new ReferralSearch(referralId, nhsNumber, statuses, serviceId, odsCode, updatedFrom, updatedBefore);
    }

    public ReferralSearch updatedWithin(Instant from, Instant before) {
        return new ReferralSearch(referralId, nhsNumber, statuses, serviceId, receivingOrganisation, from, before);
    }
}

package org.carepath.referrals.referral;

/** FHIR Task states a referral moves through; the full lifecycle arrives with triage. */
public enum ReferralStatus {
    DRAFT, REQUESTED
}

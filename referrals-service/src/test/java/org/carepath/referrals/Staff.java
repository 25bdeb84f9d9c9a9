package org.carepath.referrals;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people in these tests, a fresh token on every call. */
public final class Staff {

    public static final String HOSPITAL = "RX1";
    public static final String COMMUNITY = "RY1";
    public static final String COUNCIL = "LA1";

    private Staff() {
    }

    /** A ward nurse at the acute trust who refers patients on. */
    public static String hospitalReferrer() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).name("Hana Ahmed").teams("ward-7").profession("nurse")
                .roles(Roles.REFERRER).token();
    }

    /** A triager in the community trust's reablement team. */
    public static String communityTriager() {
        return TestTokens.staff("colin.reed", COMMUNITY).name("Colin Reed").teams("reablement").profession("nurse")
                .roles(Roles.TRIAGER).token();
    }

    /** The reablement team's care coordinator: works the referral, but does not triage. */
    public static String communityCoordinator() {
        return TestTokens.staff("ade.okafor", COMMUNITY).name("Ade Okafor").teams("reablement").profession("occupational-therapist")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    /** Someone at the community trust with no role that lets them act on referrals. */
    public static String communityClerk() {
        return TestTokens.staff("jo.clerk", COMMUNITY).teams("reablement").token();
    }

    /** A council triager, party to none of the hospital's referrals to the community trust. */
    public static String councilTriager() {
        return TestTokens.staff("sam.patel", COUNCIL).name("Sam Patel").teams("adult-front-door")
                .profession("social-worker").roles(Roles.REFERRER, Roles.TRIAGER).token();
    }

    /** Someone at the hospital with no role that lets them refer. */
    public static String hospitalClerk() {
        return TestTokens.staff("jo.clerk", HOSPITAL).teams("ward-7").token();
    }

    /** Keeps the service directory. */
    public static String directoryAdmin() {
        return TestTokens.staff("dee.admin", COMMUNITY).name("Dee Admin").roles(Roles.ADMIN).token();
    }
}

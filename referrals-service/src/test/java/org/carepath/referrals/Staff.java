package org.carepath.referrals;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people in these tests, each a fresh token on every call. */
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

    /** A triager at the community trust's single point of access. */
    public static String communityTriager() {
        return TestTokens.staff("colin.reed", COMMUNITY).name("Colin Reed").teams("spa").profession("nurse")
                .roles(Roles.TRIAGER).token();
    }

    /** A council social worker, party to none of the hospital's referrals to the community trust. */
    public static String councilSocialWorker() {
        return TestTokens.staff("sam.patel", COUNCIL).name("Sam Patel").teams("adult-front-door")
                .profession("social-worker").roles(Roles.REFERRER, Roles.TRIAGER).token();
    }

    /** Someone at the hospital with no role that lets them refer. */
    public static String hospitalClerk() {
        return TestTokens.staff("jo.clerk", HOSPITAL).teams("ward-7").token();
    }
}

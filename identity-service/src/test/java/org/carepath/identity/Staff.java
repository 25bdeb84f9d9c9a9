package org.carepath.identity;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people in these tests, a fresh one on every call. */
public final class Staff {

    public static final String HOSPITAL = "RX1";
    public static final String COMMUNITY = "RY1";
    public static final String COUNCIL = "LA1";

    private Staff() {
    }

    public static String hospitalNurse() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).teams("ward-7").profession("nurse").roles(Roles.REFERRER).token();
    }

    public static String communityNurse() {
        return TestTokens.staff("colin.reed", COMMUNITY).teams("spa").profession("nurse").roles(Roles.TRIAGER).token();
    }

    public static String councilSocialWorker() {
        return TestTokens.staff("sam.patel", COUNCIL).teams("adult-front-door").profession("social-worker")
                .roles(Roles.TRIAGER).token();
    }
}

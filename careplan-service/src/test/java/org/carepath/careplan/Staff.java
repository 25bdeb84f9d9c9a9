package org.carepath.careplan;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people in these tests, a fresh token on every call. */
public final class Staff {

    public static final String HOSPITAL = "RX1";
    public static final String COMMUNITY = "RY1";
    public static final String COUNCIL = "LA1";
    public static final String OTHER_COUNCIL = "LA2";

    private Staff() {
    }

    /** The hospital discharge team's care coordinator, who starts most plans here. */
    public static String hospitalCoordinator() {
        return TestTokens.staff("amy.lee", HOSPITAL).name("Amy Lee").teams("discharge").profession("nurse")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    /** Amy's manager at the hospital. */
    public static String hospitalManager() {
        return TestTokens.staff("raj.mehta", HOSPITAL).name("Raj Mehta").teams("discharge").roles(Roles.MANAGER).token();
    }

    /** A ward nurse at the hospital: on the team through her organisation, but not its coordinator. */
    public static String hospitalNurse() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).name("Hana Ahmed").teams("ward-7").profession("nurse").token();
    }

    /** A council social worker who can coordinate care. */
    public static String councilSocialWorker() {
        return TestTokens.staff("sam.patel", COUNCIL).name("Sam Patel").teams("adult-social-care")
                .profession("social-worker").roles(Roles.CARE_COORDINATOR).token();
    }

    /** A manager at the council, not at the coordinator's organisation. */
    public static String councilManager() {
        return TestTokens.staff("kim.jones", COUNCIL).name("Kim Jones").teams("adult-social-care").roles(Roles.MANAGER).token();
    }

    /** The community trust's reablement coordinator. */
    public static String communityCoordinator() {
        return TestTokens.staff("ade.okafor", COMMUNITY).name("Ade Okafor").teams("reablement")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    /** A social worker of a council with no part in these people's care. */
    public static String outsider() {
        return TestTokens.staff("pat.green", OTHER_COUNCIL).name("Pat Green").teams("adult-social-care")
                .profession("social-worker").roles(Roles.CARE_COORDINATOR, Roles.MANAGER).token();
    }
}

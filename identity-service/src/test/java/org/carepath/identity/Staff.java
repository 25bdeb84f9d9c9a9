package org.carepath.identity;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people in these tests, a fresh one on every call. */
public final class Staff {

    public static final String HOSPITAL = "RX1";
    public static final String COMMUNITY = "RY1";
    public static final String COUNCIL = "LA1";
    public static final String VOLUNTARY = "VB1";

    private Staff() {
    }

    public static String hospitalNurse() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).name("Hana Ahmed").teams("ward-7").profession("nurse")
                .roles(Roles.REFERRER).token();
    }

    public static String communityNurse() {
        return TestTokens.staff("colin.reed", COMMUNITY).name("Colin Reed").teams("spa").profession("nurse")
                .roles(Roles.TRIAGER).token();
    }

    public static String councilSocialWorker() {
        return TestTokens.staff("sam.patel", COUNCIL).name("Sam Patel").teams("adult-front-door").profession("social-worker")
                .roles(Roles.TRIAGER).token();
    }

    /** A council care coordinator: may break the glass. */
    public static String councilCareCoordinator() {
        return TestTokens.staff("amy.lee", COUNCIL).name("Amy Lee").teams("adult-social-care").profession("social-worker")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    public static String voluntaryBefriender() {
        return TestTokens.staff("vic.jones", VOLUNTARY).name("Vic Jones").teams("befriending").roles(Roles.REFERRER).token();
    }

    public static String hospitalAdmin() {
        return TestTokens.staff("rx1.admin", HOSPITAL).name("RX1 Records Officer").roles(Roles.ADMIN).token();
    }

    public static String hospitalManager() {
        return TestTokens.staff("rx1.manager", HOSPITAL).name("Rita Manager").teams("ward-7").roles(Roles.MANAGER).token();
    }

    public static String councilManager() {
        return TestTokens.staff("la1.manager", COUNCIL).name("Lee Manager").roles(Roles.MANAGER).token();
    }

    public static String hospitalCaldicottGuardian() {
        return TestTokens.staff("rx1.caldicott", HOSPITAL).name("Dr Cara Dicott").roles(Roles.CALDICOTT_GUARDIAN).token();
    }

    public static String councilCaldicottGuardian() {
        return TestTokens.staff("la1.caldicott", COUNCIL).name("Gwen Guardian").roles(Roles.CALDICOTT_GUARDIAN).token();
    }

    /** The platform's own administrator: works for no organisation. */
    public static String platformAdmin() {
        return TestTokens.staff("carepath.admin", null).name("CarePath Admin").roles(Roles.ADMIN, Roles.MANAGER).token();
    }

    public static String ops() {
        return TestTokens.staff("ops.bot", null).name("Ops").roles(Roles.OPS).token();
    }
}

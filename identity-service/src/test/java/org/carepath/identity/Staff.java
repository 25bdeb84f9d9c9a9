package org.carepath.identity;

import static org.carepath.testkit.Cast.COUNCIL;
import static org.carepath.testkit.Cast.HOSPITAL;
import static org.carepath.testkit.Cast.VOLUNTARY;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;

/** The people of these tests in their roles here, a fresh token on every call. */
public final class Staff {

    private Staff() {
    }

    public static String hospitalNurse() {
        return Cast.hanaAhmed().roles(Roles.REFERRER).token();
    }

    /** Colin triages for the community trust's single point of access. */
    public static String communityNurse() {
        return Cast.colinReed().teams("spa").roles(Roles.TRIAGER).token();
    }

    public static String councilSocialWorker() {
        return Cast.samPatel().roles(Roles.TRIAGER).token();
    }

    /**
     * A council care coordinator: may break the glass. Amy Lee works for the council's adult social
     * care in these tests, as in the care plan events they replay.
     */
    public static String councilCareCoordinator() {
        return Cast.amyLee().organisation(COUNCIL).teams("adult-social-care").profession("social-worker")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    public static String voluntaryBefriender() {
        return TestTokens.staff("vic.jones", VOLUNTARY).name("Vic Jones").teams("befriending").roles(Roles.REFERRER).token();
    }

    public static String hospitalAdmin() {
        return TestTokens.staff("rx1.admin", HOSPITAL).name("RX1 Records Officer").roles(Roles.ADMIN).token();
    }

    /** Runs the community trust's systems: manages its webhook subscriptions. */
    public static String communityAdmin() {
        return TestTokens.staff("ry1.admin", Cast.COMMUNITY).name("RY1 Systems Admin").roles(Roles.ADMIN).token();
    }

    public static String councilAdmin() {
        return TestTokens.staff("la1.admin", COUNCIL).name("LA1 Systems Admin").roles(Roles.ADMIN).token();
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

    /** The platform's own administrator, who also manages. */
    public static String platformAdmin() {
        return Cast.carepathAdmin().roles(Roles.ADMIN, Roles.MANAGER).token();
    }

    public static String ops() {
        return TestTokens.staff("ops.bot", null).name("Ops").roles(Roles.OPS).token();
    }
}

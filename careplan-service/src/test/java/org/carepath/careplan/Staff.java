package org.carepath.careplan;

import static org.carepath.testkit.Cast.COUNCIL;
import static org.carepath.testkit.Cast.HOSPITAL;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;

/** The people of these tests in their care plan roles, a fresh token on every call. */
public final class Staff {

    private Staff() {
    }

    /** The hospital discharge team's care coordinator, who starts most plans here. */
    public static String hospitalCoordinator() {
        return Cast.amyLee().roles(Roles.CARE_COORDINATOR).token();
    }

    /** Amy's manager at the hospital. */
    public static String hospitalManager() {
        return TestTokens.staff("raj.mehta", HOSPITAL).name("Raj Mehta").teams("discharge").roles(Roles.MANAGER).token();
    }

    /** A ward nurse at the hospital: on the team through her organisation, but not its coordinator. */
    public static String hospitalNurse() {
        return Cast.hanaAhmed().token();
    }

    /** A council social worker who can coordinate care. */
    public static String councilSocialWorker() {
        return Cast.samPatel().teams("adult-social-care").roles(Roles.CARE_COORDINATOR).token();
    }

    /** A manager at the council, not at the coordinator's organisation. */
    public static String councilManager() {
        return TestTokens.staff("kim.jones", COUNCIL).name("Kim Jones").teams("adult-social-care").roles(Roles.MANAGER).token();
    }

    /** The community trust's reablement coordinator. */
    public static String communityCoordinator() {
        return Cast.adeOkafor().roles(Roles.CARE_COORDINATOR).token();
    }

    /** A social worker of a council with no part in these people's care. */
    public static String outsider() {
        return Cast.patGreen().roles(Roles.CARE_COORDINATOR, Roles.MANAGER).token();
    }
}

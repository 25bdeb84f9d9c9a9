package org.carepath.discharge;

import static org.carepath.testkit.Cast.HOSPITAL;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;

/** The people and systems of these tests in their discharge roles, a fresh token on every call. */
public final class Staff {

    private Staff() {
    }

    /** The hospital's discharge coordinator: delays, pathways, discharges. */
    public static String dischargeCoordinator() {
        return dischargeCoordinatorOf(HOSPITAL);
    }

    public static String dischargeCoordinatorOf(String hospital) {
        return Cast.amyLee().organisation(hospital).roles(Roles.DISCHARGE_COORDINATOR).token();
    }

    /** A ward nurse: criteria to reside, EDD, milestones, but no delays or discharges. */
    public static String wardNurse() {
        return Cast.hanaAhmed().token();
    }

    /** The community trust's reablement coordinator. */
    public static String communityCoordinator() {
        return Cast.adeOkafor().roles(Roles.CARE_COORDINATOR).token();
    }

    public static String outsider() {
        return Cast.patGreen().roles(Roles.MANAGER, Roles.DISCHARGE_COORDINATOR).token();
    }

    /** The hospital's integration engine (client credentials). */
    public static String integration(String organisation) {
        return TestTokens.staff("service-account-pas-" + organisation.toLowerCase(), organisation).name("PAS interface")
                .roles(Roles.INTEGRATION).token();
    }

    public static String admin() {
        return Cast.carepathAdmin().roles(Roles.ADMIN).token();
    }
}

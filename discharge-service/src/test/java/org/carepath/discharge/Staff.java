package org.carepath.discharge;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.TestTokens;

/** Tokens for the people and systems in these tests, a fresh token on every call. */
public final class Staff {

    public static final String HOSPITAL = "RX1";
    public static final String COMMUNITY = "RY1";
    public static final String OTHER_COUNCIL = "LA2";

    private Staff() {
    }

    /** The hospital's discharge coordinator: delays, pathways, discharges. */
    public static String dischargeCoordinator() {
        return dischargeCoordinatorOf(HOSPITAL);
    }

    public static String dischargeCoordinatorOf(String hospital) {
        return TestTokens.staff("amy.lee", hospital).name("Amy Lee").teams("discharge").profession("nurse")
                .roles(Roles.DISCHARGE_COORDINATOR).token();
    }

    /** A ward nurse: criteria to reside, EDD, milestones, but no delays or discharges. */
    public static String wardNurse() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).name("Hana Ahmed").teams("ward-7").profession("nurse").token();
    }

    /** The community trust's reablement coordinator. */
    public static String communityCoordinator() {
        return TestTokens.staff("ade.okafor", COMMUNITY).name("Ade Okafor").teams("reablement")
                .roles(Roles.CARE_COORDINATOR).token();
    }

    public static String outsider() {
        return TestTokens.staff("pat.green", OTHER_COUNCIL).name("Pat Green").teams("adult-social-care")
                .roles(Roles.MANAGER, Roles.DISCHARGE_COORDINATOR).token();
    }

    /** The hospital's integration engine (client credentials). */
    public static String integration(String organisation) {
        return TestTokens.staff("service-account-pas-" + organisation.toLowerCase(), organisation).name("PAS interface")
                .roles(Roles.INTEGRATION).token();
    }

    public static String admin() {
        return TestTokens.staff("carepath.admin", HOSPITAL).name("CarePath Admin").roles(Roles.ADMIN).token();
    }
}

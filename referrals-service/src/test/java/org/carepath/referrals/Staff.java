package org.carepath.referrals;

import static org.carepath.testkit.Cast.COMMUNITY;
import static org.carepath.testkit.Cast.HOSPITAL;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;

/** The people of these tests in their referral roles, a fresh token on every call. */
public final class Staff {

    private Staff() {
    }

    /** A ward nurse at the acute trust who refers patients on. */
    public static String hospitalReferrer() {
        return Cast.hanaAhmed().roles(Roles.REFERRER).token();
    }

    /** A triager in the community trust's reablement team. */
    public static String communityTriager() {
        return Cast.colinReed().roles(Roles.TRIAGER).token();
    }

    /** The reablement team's care coordinator: works the referral, but does not triage. */
    public static String communityCoordinator() {
        return Cast.adeOkafor().roles(Roles.CARE_COORDINATOR).token();
    }

    /** Someone at the community trust with no role that lets them act on referrals. */
    public static String communityClerk() {
        return clerk(COMMUNITY, "reablement");
    }

    /** A council triager, party to none of the hospital's referrals to the community trust. */
    public static String councilTriager() {
        return Cast.samPatel().roles(Roles.REFERRER, Roles.TRIAGER).token();
    }

    /** Someone at the hospital with no role that lets them refer. */
    public static String hospitalClerk() {
        return clerk(HOSPITAL, "ward-7");
    }

    /** Keeps the service directory. */
    public static String directoryAdmin() {
        return TestTokens.staff("dee.admin", COMMUNITY).name("Dee Admin").roles(Roles.ADMIN).token();
    }

    private static String clerk(String organisation, String team) {
        return TestTokens.staff("jo.clerk", organisation).teams(team).token();
    }
}

package org.carepath.insights;

import org.carepath.platform.security.Roles;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestTokens;

/** Managers of each organisation of the fixture, and people who are not managers. */
public final class Staff {

    private Staff() {
    }

    public static String reablementManager() {
        return TestTokens.staff("mo.khan", Cast.COMMUNITY).name("Mo Khan").teams("reablement").roles(Roles.MANAGER).token();
    }

    public static String councilManager() {
        return TestTokens.staff("kim.jones", Cast.COUNCIL).name("Kim Jones").teams("adult-social-care").roles(Roles.MANAGER)
                .token();
    }

    public static String hospitalManager() {
        return TestTokens.staff("raj.mehta", Cast.HOSPITAL).name("Raj Mehta").teams("discharge").roles(Roles.MANAGER).token();
    }

    /** A triager: sees referrals, not the figures. */
    public static String triager() {
        return Cast.colinReed().roles(Roles.TRIAGER).token();
    }

    /** A manager who is also on the ops rota: every endpoint of the service is open to them. */
    public static String managerOnOpsDuty() {
        return TestTokens.staff("lee.duty", Cast.COMMUNITY).name("Lee Duty").teams("reablement")
                .roles(Roles.MANAGER, Roles.OPS).token();
    }

    public static String ops() {
        return TestTokens.staff("olu.ops", null).name("Olu Ops").roles(Roles.OPS).token();
    }
}

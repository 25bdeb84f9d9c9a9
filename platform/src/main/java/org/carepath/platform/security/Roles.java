package org.carepath.platform.security;

/** Keycloak realm roles: capabilities, granted per user or client in the {@code carepath} realm. */
public final class Roles {

    public static final String REFERRER = "referrer";
    public static final String TRIAGER = "triager";
    public static final String DISCHARGE_COORDINATOR = "discharge-coordinator";
    public static final String CARE_COORDINATOR = "care-coordinator";
    public static final String MANAGER = "manager";
    /** Integration engines of hospital and council systems (client-credentials clients). */
    public static final String INTEGRATION = "integration";
    public static final String OPS = "ops";
    public static final String ADMIN = "admin";
    /** The organisation's privacy officer: reads its access audit and its self-granted relationships. */
    public static final String CALDICOTT_GUARDIAN = "caldicott-guardian";

    private Roles() {
    }
}

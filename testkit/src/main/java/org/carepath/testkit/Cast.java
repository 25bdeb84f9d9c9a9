package org.carepath.testkit;

/**
 * The organisations and people every service's tests share, so a user id means one person
 * everywhere. Each method gives a fresh token builder for the person where they work; a service's
 * tests add the roles its scenarios need, and where a scenario needs it another team or
 * organisation ({@code teams(...)}, {@code roles(...)} and {@code organisation(...)} replace what
 * the cast gave). People only one service's tests know stay in that service's {@code Staff}.
 */
public final class Cast {

    /** The acute hospital trust. */
    public static final String HOSPITAL = "RX1";
    /** The community health trust. */
    public static final String COMMUNITY = "RY1";
    /** The council's adult social care. */
    public static final String COUNCIL = "LA1";
    /** A council with no part in these people's care. */
    public static final String OTHER_COUNCIL = "LA2";
    /** A voluntary-sector organisation. */
    public static final String VOLUNTARY = "VB1";

    private Cast() {
    }

    /** A ward nurse at the hospital. */
    public static TestTokens.Builder hanaAhmed() {
        return TestTokens.staff("hana.ahmed", HOSPITAL).name("Hana Ahmed").teams("ward-7").profession("nurse");
    }

    /** A nurse of the hospital's discharge team. */
    public static TestTokens.Builder amyLee() {
        return TestTokens.staff("amy.lee", HOSPITAL).name("Amy Lee").teams("discharge").profession("nurse");
    }

    /** A nurse in the community trust's reablement team. */
    public static TestTokens.Builder colinReed() {
        return TestTokens.staff("colin.reed", COMMUNITY).name("Colin Reed").teams("reablement").profession("nurse");
    }

    /** An occupational therapist in the community trust's reablement team. */
    public static TestTokens.Builder adeOkafor() {
        return TestTokens.staff("ade.okafor", COMMUNITY).name("Ade Okafor").teams("reablement")
                .profession("occupational-therapist");
    }

    /** A social worker at the council's front door. */
    public static TestTokens.Builder samPatel() {
        return TestTokens.staff("sam.patel", COUNCIL).name("Sam Patel").teams("adult-front-door").profession("social-worker");
    }

    /** A social worker of the other council. */
    public static TestTokens.Builder patGreen() {
        return TestTokens.staff("pat.green", OTHER_COUNCIL).name("Pat Green").teams("adult-social-care")
                .profession("social-worker");
    }

    /** An engineer of the platform's ops team: watches the event streams, sees no personal payload. */
    public static TestTokens.Builder opsEngineer() {
        return TestTokens.staff("ops.engineer", null).name("Ops Engineer").roles("ops");
    }

    /** The platform's own administrator: works for no organisation. */
    public static TestTokens.Builder carepathAdmin() {
        return TestTokens.staff("carepath.admin", null).name("CarePath Admin");
    }
}

package org.carepath.platform.api;

/**
 * The most a client may send in one field or list, checked at the edge (400 problem+json) so no
 * write is truncated or refused by the database, and no event outgrows a Kafka record.
 * <p>
 * A text that lands in a {@code VARCHAR(n)} column has exactly that column's n. A text or list
 * kept in a {@code TEXT} column has a documented maximum sized for what a hospital or council
 * system really sends. Events carry at most a few of these texts (the largest, a referral or a
 * service, well under 100 KB even if every character needed a six-byte JSON escape), far inside
 * the broker's 1 MB record; the whole request body is capped at 1 MB as well
 * ({@code quarkus.http.limits.max-body-size}).
 */
public final class Limits {

    // --- Texts held in VARCHAR(n) columns: n

    /** An organisation's ODS code ({@code organisation VARCHAR(10)}). */
    public static final int ODS_CODE = 10;
    /** A postcode ({@code postcode VARCHAR(10)}). */
    public static final int POSTCODE = 10;
    /** A reason code, e.g. a discharge delay code ({@code code VARCHAR(10)}). */
    public static final int CODE = 10;
    /** A code set's name or a local identifier's kind ({@code code_set}, {@code kind VARCHAR(30)}). */
    public static final int CODE_NAME = 30;
    /** A response target as written, e.g. "5 working days" ({@code target_* VARCHAR(30)}). */
    public static final int RESPONSE_TARGET = 30;
    /** A bed ({@code bed VARCHAR(50)}). */
    public static final int BED = 50;
    /** A professional registration number ({@code registration_number VARCHAR(50)}). */
    public static final int REGISTRATION_NUMBER = 50;
    /** A team ({@code team VARCHAR(100)}). */
    public static final int TEAM = 100;
    /** A ward ({@code ward VARCHAR(100)}). */
    public static final int WARD = 100;
    /**
     * A short name or term: a given or family name, an area, a relationship, a profession, a
     * registering body, an objection's target ({@code VARCHAR(100)}).
     */
    public static final int SHORT_NAME = 100;
    /** A local identifier's value or a hospital visit number ({@code value}, {@code visit_number VARCHAR(100)}). */
    public static final int IDENTIFIER = 100;
    /** A user id from the token, or a practitioner named by one ({@code *_user VARCHAR(200)}). */
    public static final int USER_ID = 200;
    /** A person's, organisation's or service's name ({@code *name VARCHAR(200)}). */
    public static final int NAME = 200;
    /** A submit's Idempotency-Key ({@code idempotency_key VARCHAR(200)}). */
    public static final int IDEMPOTENCY_KEY = 200;
    /** An HL7 v2 message control id, MSH-10 ({@code control_id VARCHAR(200)}). */
    public static final int HL7_CONTROL_ID = 200;
    /** A URL a client gives us to call, e.g. a webhook endpoint ({@code url VARCHAR(2000)}). */
    public static final int URL = 2_000;
    /**
     * A short label: a meeting title, a role on a care team, contact details, a discharge
     * destination, a delay code's reason ({@code VARCHAR(300)}).
     */
    public static final int LABEL = 300;

    // --- Texts held in TEXT columns (or JSON in TEXT): documented maxima

    /** A sentence or two: a goal in the person's words, a break-glass or objection reason, a merge reason. */
    public static final int SHORT_TEXT = 1_000;
    /** Why a state changed (reject, cancel, hold, redirect, retire, an EDD change) or what an action is. */
    public static final int REASON = 2_000;
    /** Free text: a referral's reason, notes, a description, clinical criteria, a decision. */
    public static final int FREE_TEXT = 4_000;
    /** What an MDT said about one person. */
    public static final int LONG_TEXT = 8_000;

    // --- Lists (JSON in TEXT columns, or one request's rows): documented maxima

    /** Needs domains named at once: there are nine, each at most once. */
    public static final int NEEDS_DOMAINS = 9;
    /** A person's identifiers in other organisations' systems, sent with a referral. */
    public static final int LOCAL_IDENTIFIERS = 10;
    /** Assessments attached to one referral. */
    public static final int ASSESSMENTS = 10;
    /** Carers on one care plan. */
    public static final int CARERS = 10;
    /** Actions set by one request (a decision or an assignment). */
    public static final int ACTIONS = 20;
    /** "What matters to me" goals on one care plan. */
    public static final int GOALS = 50;
    /** People at one MDT meeting. */
    public static final int ATTENDEES = 50;
    /** Codes in one delay-code set. */
    public static final int DELAY_CODES = 100;
    /** Event types one webhook subscription names (each at most once; there are fewer than this). */
    public static final int EVENT_TYPES = 100;

    // --- Messages that are not JSON

    /** One HL7 v2 message, in characters: an ADT with full PID, NK1, PV1, DG1 and OBX segments is a few KB. */
    public static final int HL7_MESSAGE = 262_144;

    private Limits() {
    }
}

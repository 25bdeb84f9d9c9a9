package org.carepath.portal.display;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * The services' codes and instants in the words and the time of the people reading the pages: England's local
 * time (the services speak UTC), sectors and access bases as staff say them.
 */
@TemplateExtension
public final class Wording {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(LONDON);

    private static final Map<String, String> SECTORS = Map.of(
            "acute", "Hospital",
            "community", "Community health",
            "primary-care", "General practice",
            "social-care", "Social care",
            "voluntary", "Voluntary sector");

    private static final List<String> SECTOR_ORDER = List.of("acute", "community", "primary-care", "social-care",
            "voluntary");

    private static final Map<String, String> BASES = Map.of(
            "relationship", "your organisation is involved in their care",
            "self-granted-relationship", "your organisation said it is involved (not yet confirmed by another)",
            "data-controller", "your organisation holds their record",
            "break-glass", "emergency access (break glass)");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** Discharge to Assess pathways, as domain.md gives them. */
    private static final Map<Integer, String> PATHWAYS = Map.of(
            0, "Pathway 0: home, no new support",
            1, "Pathway 1: home with support",
            2, "Pathway 2: short-term bed-based rehabilitation or assessment",
            3, "Pathway 3: long-term 24-hour care");

    private static final Map<String, String> ACCOUNTABLE = Map.of(
            "nhs", "the NHS",
            "social-care", "social care",
            "both", "the NHS and social care");

    /** How far the referral or care plan action a delay waits on has got (discharge-service's chain), as both sides say it. */
    private static final Map<String, String> STAGES = Map.of(
            "not-sent", "No referral linked yet",
            "sent-not-received", "Referral sent, not yet received",
            "received-not-accepted", "Received, not yet accepted",
            "accepted-no-start", "Accepted, no start date yet",
            "started", "Service started",
            "closed", "Referral closed",
            "action-assigned", "Care plan action assigned, not done yet",
            "action-overdue", "Care plan action overdue",
            "action-completed", "Care plan action done");

    /** Whether the organisation a delay is attributed to has answered for it. */
    private static final Map<String, String> STANDINGS = Map.of(
            "acknowledged", "Acknowledged",
            "disputed", "Disputed",
            "not-answered", "Not answered yet",
            "not-attributed", "Not attributed to an organisation",
            "none", "No delay recorded");

    /** The holistic needs domains, as a care plan names them. */
    private static final Map<String, String> NEEDS = Map.of(
            "physical-health", "Physical health",
            "mental-health-and-wellbeing", "Mental health and wellbeing",
            "personal-care-and-daily-living", "Personal care and daily living",
            "mobility-and-falls", "Mobility and falls",
            "social-contact-and-loneliness", "Social contact and loneliness",
            "housing", "Housing",
            "finances-and-benefits", "Finances and benefits",
            "carers-needs", "Carers' needs",
            "end-of-life-wishes", "End of life wishes");

    private static final List<String> NEEDS_ORDER = List.of("physical-health", "mental-health-and-wellbeing",
            "personal-care-and-daily-living", "mobility-and-falls", "social-contact-and-loneliness", "housing",
            "finances-and-benefits", "carers-needs", "end-of-life-wishes");

    private static final Map<String, String> CONSENT = Map.of(
            "given", "Consent given",
            "declined", "Consent declined",
            "not-needed", "Consent not needed");

    /** How careplan-service names a plan version's change, by the start of it, and how a reader says it. */
    private static final Map<String, String> CHANGES = Map.ofEntries(
            Map.entry("created for an accepted referral", "Drafted for an accepted referral"),
            Map.entry("created", "Plan started"),
            Map.entry("content", "Needs, goals, carers, involvement or review date changed"),
            Map.entry("actions assigned: ", "Action added: "),
            Map.entry("MDT decision: ", "Decision at an MDT meeting: "),
            Map.entry("decision: ", "Decision between meetings: "),
            Map.entry("action in-progress: ", "Action started: "),
            Map.entry("action done: ", "Action done: "),
            Map.entry("action cancelled: ", "Action cancelled: "),
            Map.entry("activated", "Plan activated"),
            Map.entry("held", "Plan put on hold"),
            Map.entry("resumed", "Plan resumed"),
            Map.entry("completed", "Plan completed"),
            Map.entry("revoked", "Plan revoked"),
            Map.entry("coordinator: ", "Care coordinator handed over to "));

    private Wording() {
    }

    /** {@code {entry.expectedDischargeDate.day}}: "Monday 7 December 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** {@code {target.value.responseWords}}: a response target as the directory keeps it ("PT24H") in words ("24 hours"). */
    public static String responseWords(String target) {
        if (target != null && target.matches("PT\\d+H")) {
            long hours = Long.parseLong(target.substring(2, target.length() - 1));
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return target == null ? "" : target;
    }

    /** {@code {entry.plannedPathway.pathwayWords}} */
    public static String pathwayWords(Integer pathway) {
        return pathway == null ? "Not planned yet" : PATHWAYS.getOrDefault(pathway, "Pathway " + pathway);
    }

    /** {@code {delay.sector.accountableWords}}: who is accountable for a delay. */
    public static String accountableWords(String sector) {
        return sector == null ? "not said" : ACCOUNTABLE.getOrDefault(sector, humane(sector));
    }

    /** {@code {chain.stage.stageWords}}: "Received, not yet accepted". */
    public static String stageWords(String stage) {
        return stage == null ? "" : STAGES.getOrDefault(stage, humane(stage));
    }

    /** {@code {delay.standing.standingWords}}: "Disputed", "Not answered yet". */
    public static String standingWords(String standing) {
        return standing == null ? "" : STANDINGS.getOrDefault(standing, humane(standing));
    }

    /** {@code {entry.occurredAt.london}}: "6 December 2026 at 14:05", in London's time whatever the season. */
    public static String london(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** {@code {carepath:sectors}}: the sectors a journey may be filtered by, in the order staff list them. */
    @TemplateExtension(namespace = "carepath")
    public static List<String> sectors() {
        return SECTOR_ORDER;
    }

    /** {@code {nhsNumber.spacedNhsNumber}}: "943 476 5919", as it is printed on letters and cards. */
    public static String spacedNhsNumber(String nhsNumber) {
        if (nhsNumber == null || nhsNumber.length() != 10) {
            return nhsNumber;
        }
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    /** {@code {entry.sector.sectorName}} */
    public static String sectorName(String code) {
        return code == null ? "Not known" : SECTORS.getOrDefault(code, humane(code));
    }

    /** {@code {journey.basis.basisWords}} */
    public static String basisWords(String code) {
        return code == null ? "" : BASES.getOrDefault(code, humane(code));
    }

    /** {@code {need.domain.needsWords}}: a needs domain as a care plan names it ("Mobility and falls"). */
    public static String needsWords(String domain) {
        return domain == null ? "" : NEEDS.getOrDefault(domain, humane(domain));
    }

    /** {@code {carepath:needsDomains}}: the needs domains in the order a plan lists them. */
    @TemplateExtension(namespace = "carepath")
    public static List<String> needsDomains() {
        return NEEDS_ORDER;
    }

    /** {@code {mdtCase.consent.consentWords}}: the person's consent to be discussed at an MDT. */
    public static String consentWords(String consent) {
        return CONSENT.getOrDefault(consent, humane(consent));
    }

    /** {@code {version.change.changeWords}}: "MDT decision: …" is "Decision at an MDT meeting: …". */
    public static String changeWords(String change) {
        if (change == null) {
            return "";
        }
        // the longest matching start, so "created for an accepted referral" is not read as "created"
        return CHANGES.keySet().stream().filter(change::startsWith)
                .max(Comparator.comparingInt(String::length))
                .map(start -> CHANGES.get(start) + change.substring(start.length()))
                .orElse(humane(change));
    }

    /** A code such as {@code district-nursing} as words: "District nursing". */
    public static String humane(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.carepath.discharge.adt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.platform.api.StrictJson;
import org.carepath.platform.time.CareDay;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.preparser.PreParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * Reads ADT messages with HAPI (any 2.x version, into the 2.5.1 model) and writes their ACKs.
 * Validation is off: hospital systems send what they send, and CarePath checks what it uses.
 */
@ApplicationScoped
public class AdtParser {

    /** Where the PID-3 identifier is an NHS number. */
    private static final String NHS_AUTHORITY = "NHS";
    private static final String NHS_IDENTIFIER_TYPE = "NH";
    /** HL7 DTM: to the minute at least; seconds, fractions and an offset optional. A time without an offset is London's. */
    private static final DateTimeFormatter DTM = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 4, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HHMM", "+0000").optionalEnd()
            .toFormatter(Locale.ROOT)
            // 20250230 is no date, not 28 February
            .withResolverStyle(ResolverStyle.STRICT);

    /** HL7 DT: a whole date. */
    private static final DateTimeFormatter DT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final PipeParser parser;

    public AdtParser() {
        HapiContext context = new DefaultHapiContext();
        context.setValidationContext(ValidationContextFactory.noValidation());
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        // HAPI's default numbers ACKs from a file it writes in the working directory, under a lock on the event loop
        context.getParserConfiguration().setIdGenerator(AdtParser::ackControlId);
        this.parser = context.getPipeParser();
    }

    /** An ACK's MSH-10 (at most 20 characters in v2.5.1): random, so unique across restarts and replicas. */
    static String ackControlId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public Message parse(String text) throws HL7Exception {
        return parser.parse(text);
    }

    /**
     * What CarePath takes from the message. A time that is no real date, outside the years a care
     * record can have, or later than {@code now} (beyond the clock skew allowed) is a {@link BadField}.
     */
    public AdtMessage read(Message message, Instant now) throws HL7Exception {
        Terser terser = new Terser(message);
        String evn6 = terser.get("/.EVN-6-1");
        Instant eventAt = evn6 != null ? time("EVN", 6, "event occurred", evn6, now)
                : time("EVN", 2, "recorded date/time", terser.get("/.EVN-2-1"), now);
        return new AdtMessage(terser.get("/MSH-9-2"), terser.get("/MSH-10"), terser.get("/MSH-4-1"),
                nhsNumber(terser, "PID", 3),
                terser.get("/.PV1-19-1"), terser.get("/.PV1-3-1"), terser.get("/.PV1-3-3"),
                admissionMethod(terser.get("/.PV1-4-1")),
                time("PV1", 44, "admit date/time", terser.get("/.PV1-44-1"), now),
                time("PV1", 45, "discharge date/time", terser.get("/.PV1-45-1"), now),
                eventAt, terser.get("/.PV1-37-1"),
                date("PV2", 9, "expected discharge date", ifInStructure(terser, "/.PV2-9-1")),
                "A40".equals(terser.get("/MSH-9-2")) ? nhsNumber(terser, "MRG", 1) : null,
                new AdtMessage.Person(terser.get("/.PID-5-2"), terser.get("/.PID-5-1"),
                        date("PID", 7, "date of birth", terser.get("/.PID-7-1")), terser.get("/.PID-11-5")));
    }

    /** A field of a segment this message's structure may not have at all (ADT_A39 has no PV2): null when it has not. */
    private static String ifInStructure(Terser terser, String path) {
        try {
            return terser.get(path);
        } catch (HL7Exception notInThisStructure) {
            return null;
        }
    }

    /** A field CarePath cannot take as sent, named in MSA-3 and located in ERR-2, with ERR-3 102 (data type error). */
    public static final class BadField extends HL7Exception {

        BadField(String segment, int field, String name, String problem) {
            super(segment + "-" + field + " (" + name + ") " + problem, ErrorCode.DATA_TYPE_ERROR);
            setLocation(new Location().withSegmentName(segment).withSegmentRepetition(1).withField(field));
        }
    }

    /** The ACK to a message that was read: AA, or AE/AR with the reason in MSA-3 and ERR (with its HL7 table 0357 code). */
    public String acknowledge(Message message, AcknowledgmentCode code, String reason, ErrorCode error) {
        return ack(message, code, reason, code == AcknowledgmentCode.AA ? null : new HL7Exception(reason, error));
    }

    /** An AE or AR for a field CarePath cannot take, located in ERR-2. */
    public String acknowledge(Message message, AcknowledgmentCode code, BadField bad) {
        return ack(message, code, bad.getMessageWithoutLocation(), bad);
    }

    private String ack(Message message, AcknowledgmentCode code, String reason, HL7Exception error) {
        try {
            Message ack = error == null ? message.generateACK() : message.generateACK(code, error);
            if (reason != null) {
                new Terser(ack).set("/MSA-3", reason);
            }
            return parser.encode(ack);
        } catch (Exception e) {
            throw new IllegalStateException("could not write an ACK", e);
        }
    }

    /** An AR to text that is not an HL7 v2 message CarePath can read, echoing its control id when there is one. */
    public String reject(String text, String reason) {
        try {
            ACK ack = new ACK();
            // numbered by this parser's id generator, not a default context's
            ack.setParser(parser);
            ack.initQuickstart("ACK", null, "P");
            ack.getMSA().getAcknowledgmentCode().setValue(AcknowledgmentCode.AR.name());
            ack.getMSA().getMessageControlID().setValue(controlIdOf(text));
            ack.getMSA().getTextMessage().setValue(reason);
            return parser.encode(ack);
        } catch (Exception e) {
            throw new IllegalStateException("could not write an ACK", e);
        }
    }

    /** MSH-10 of text HAPI could not parse, when there is an MSH segment to find it in. */
    private static String controlIdOf(String text) {
        try {
            String[] fields = PreParser.getFields(text, "MSH-10");
            return fields.length > 0 && fields[0] != null ? fields[0] : "";
        } catch (HL7Exception notHl7) {
            return "";
        }
    }

    /** The NHS number among the identifiers of PID-3 (the person) or MRG-1 (the record merged into them). */
    private static String nhsNumber(Terser terser, String segment, int field) throws HL7Exception {
        String list = "/." + segment + "-" + field;
        for (int repetition = 0; repetition < 10; repetition++) {
            String id = terser.get(list + "(" + repetition + ")-1");
            if (id == null) {
                return null;
            }
            if (NHS_AUTHORITY.equalsIgnoreCase(terser.get(list + "(" + repetition + ")-4-1"))
                    || NHS_IDENTIFIER_TYPE.equalsIgnoreCase(terser.get(list + "(" + repetition + ")-5"))) {
                return id.replace(" ", "");
            }
        }
        return null;
    }

    /** PV1-4: HL7 admission types (E, A, U emergency; C, R elective) or NHS admission method codes (1x elective, 2x emergency). */
    static AdmissionMethod admissionMethod(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String code = type.trim().toUpperCase(Locale.ROOT);
        return code.startsWith("C") || code.startsWith("R") || code.startsWith("1") ? AdmissionMethod.ELECTIVE
                : AdmissionMethod.EMERGENCY;
    }

    /**
     * A date (HL7 DT, or the date part of a DTM): an expected discharge date lies ahead, a date of
     * birth behind; either must be a real date within the years a care record can have.
     */
    static LocalDate date(String segment, int field, String name, String dt) throws BadField {
        if (dt == null || dt.isBlank()) {
            return null;
        }
        String value = dt.trim();
        LocalDate date;
        try {
            date = LocalDate.parse(value.length() > 8 ? value.substring(0, 8) : value, DT);
        } catch (DateTimeParseException e) {
            throw new BadField(segment, field, name, "'" + value + "' is not a real date (YYYYMMDD)");
        }
        if (date.getYear() < StrictJson.FIRST_YEAR || date.getYear() > StrictJson.LAST_YEAR) {
            throw new BadField(segment, field, name, "'" + value + "' is outside the years " + StrictJson.FIRST_YEAR + "-"
                    + StrictJson.LAST_YEAR);
        }
        return date;
    }

    static Instant time(String segment, int field, String name, String dtm, Instant now) throws BadField {
        if (dtm == null || dtm.isBlank()) {
            return null;
        }
        String value = dtm.trim();
        Instant at;
        try {
            at = value.matches(".*[+-]\\d{4}$") ? OffsetDateTime.parse(value, DTM).toInstant()
                    : LocalDateTime.parse(value, DTM).atZone(CareDay.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadField(segment, field, name, "'" + value + "' is not a real date and time (YYYYMMDDHHMM[SS][+ZZZZ])");
        }
        int year = CareDay.of(at).getYear();
        if (year < StrictJson.FIRST_YEAR || year > StrictJson.LAST_YEAR) {
            throw new BadField(segment, field, name, "'" + value + "' is outside the years " + StrictJson.FIRST_YEAR + "-"
                    + StrictJson.LAST_YEAR);
        }
        if (InpatientEpisode.isFuture(at, now)) {
            throw new BadField(segment, field, name, "'" + value + "' is in the future");
        }
        return at;
    }

}

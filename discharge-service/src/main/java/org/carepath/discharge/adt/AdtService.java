package org.carepath.discharge.adt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.EpisodeRepository;
import org.carepath.discharge.episode.EpisodeService;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.platform.api.Limits;
import org.carepath.platform.api.StrictJson;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.nhs.NhsNumbers;
import org.jboss.logging.Logger;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies ADT messages from hospital systems to episodes and answers each with an ACK:
 * AA when applied (or already applied: the same control id twice is applied once), AE when it
 * cannot be applied to what CarePath holds (the reason in MSA-3), AR when it is not a message
 * CarePath accepts from this sender. A message is applied, with its events and receipt, in one
 * transaction, or not at all.
 */
@ApplicationScoped
public class AdtService {

    private static final Logger LOG = Logger.getLogger(AdtService.class);

    /** The triggers applied; anything else is refused (AR) rather than acknowledged and ignored. */
    private static final List<String> APPLIED = List.of("A01", "A02", "A03", "A08", "A11", "A12", "A13", "A28", "A31", "A40");

    private final AdtParser parser;
    private final EpisodeRepository episodes;
    private final EpisodeService admissions;
    private final Changes changes;
    private final Clock clock;

    public AdtService(AdtParser parser, EpisodeRepository episodes, EpisodeService admissions, Changes changes, Clock clock) {
        this.parser = parser;
        this.episodes = episodes;
        this.admissions = admissions;
        this.changes = changes;
        this.clock = clock;
    }

    /** @param senders the hospitals (MSH-4) this channel may send for: the token's organisation, or the listener's list */
    public Uni<String> receive(String text, Set<String> senders) {
        if (text.length() > Limits.HL7_MESSAGE) {
            return Uni.createFrom().item(parser.reject(text, "the message has " + text.length() + " characters; at most "
                    + Limits.HL7_MESSAGE + " are accepted"));
        }
        Message message;
        AdtMessage adt;
        try {
            message = parser.parse(text);
        } catch (HL7Exception e) {
            // HAPI's words can name its classes; the sender is told in plain words, the log keeps the detail
            LOG.infof("ADT not readable: %s", e.getMessage());
            return Uni.createFrom().item(parser.reject(text, "not an HL7 v2 message CarePath can read"
                    + " (an MSH segment with encoding characters, a message type and a 2.x version are needed)"));
        }
        try {
            adt = parser.read(message, clock.instant());
        } catch (AdtParser.BadField bad) {
            return Uni.createFrom().item(parser.acknowledge(message, AcknowledgmentCode.AR, bad));
        } catch (HL7Exception e) {
            LOG.infof("ADT fields not readable: %s", e.getMessage());
            return Uni.createFrom().item(parser.acknowledge(message, AcknowledgmentCode.AR,
                    "the message's fields could not be read", ErrorCode.APPLICATION_INTERNAL_ERROR));
        }
        NotAccepted refusal = refusal(adt, senders);
        if (refusal != null) {
            return Uni.createFrom().item(parser.acknowledge(message, AcknowledgmentCode.AR, refusal.reason(), refusal.error()));
        }
        NotAccepted unkeepable = unkeepable(adt);
        if (unkeepable != null) {
            return Uni.createFrom().item(parser.acknowledge(message, AcknowledgmentCode.AE, unkeepable.reason(), unkeepable.error()));
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.find(AdtReceipt.class, new AdtReceipt.Key(adt.sendingFacility(), adt.controlId())))
                        .chain(receipt -> receipt != null ? Uni.createFrom().voidItem() : apply(adt)))
                .map(done -> parser.acknowledge(message, AcknowledgmentCode.AA, null, ErrorCode.MESSAGE_ACCEPTED))
                .onFailure(Refusal.class).recoverWithItem(refused -> {
                    LOG.infof("ADT %s %s from %s not applied: %s", adt.trigger(), adt.controlId(), adt.sendingFacility(),
                            refused.getMessage());
                    var reason = (Refusal) refused;
                    return parser.acknowledge(message, AcknowledgmentCode.AE, reason.title() + ": " + reason.getMessage(),
                            errorCodeOf(reason));
                })
                // anything else (the database away, a race on the same visit) is worth the sender's retry
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "ADT %s %s from %s failed", adt.trigger(), adt.controlId(), adt.sendingFacility());
                    // the database's or Java's words never reach the sender
                    return parser.acknowledge(message, AcknowledgmentCode.AE,
                            "not applied: CarePath could not record it just now; send it again", ErrorCode.APPLICATION_INTERNAL_ERROR);
                });
    }

    /** The AR to an MLLP frame too large to read at all, so its control id is not known. */
    public String rejectOversized(int maxBytes) {
        return parser.reject("", "the frame is over " + maxBytes + " bytes; a message may have at most "
                + Limits.HL7_MESSAGE + " characters");
    }

    /** HL7 table 0357: no such episode (204), already admitted (205), anything else the domain refused (207). */
    private static ErrorCode errorCodeOf(Refusal refusal) {
        if (refusal instanceof NotVisible) {
            return ErrorCode.UNKNOWN_KEY_IDENTIFIER;
        }
        if (refusal instanceof Conflict && refusal.code().equals("already-admitted")) {
            return ErrorCode.DUPLICATE_KEY_IDENTIFIER;
        }
        return ErrorCode.APPLICATION_INTERNAL_ERROR;
    }

    /** Why a message is not accepted from this channel at all, with its HL7 error code. */
    private record NotAccepted(String reason, ErrorCode error) {
    }

    private static NotAccepted refusal(AdtMessage adt, Set<String> senders) {
        if (adt.controlId() == null || adt.controlId().isBlank()) {
            return new NotAccepted("MSH-10 (message control id) is missing", ErrorCode.REQUIRED_FIELD_MISSING);
        }
        if (adt.sendingFacility() == null || !senders.contains(adt.sendingFacility())) {
            return new NotAccepted("this channel may send for " + senders + " only, not for MSH-4 " + adt.sendingFacility(),
                    ErrorCode.APPLICATION_INTERNAL_ERROR);
        }
        if (!APPLIED.contains(adt.trigger())) {
            return new NotAccepted("ADT^" + adt.trigger() + " is not applied here: " + String.join(", ", APPLIED) + " are",
                    ErrorCode.UNSUPPORTED_EVENT_CODE);
        }
        if (adt.nhsNumber() == null) {
            return new NotAccepted("PID-3 has no NHS number (assigning authority NHS or identifier type NH)",
                    ErrorCode.REQUIRED_FIELD_MISSING);
        }
        if (!NhsNumbers.isValid(adt.nhsNumber())) {
            return new NotAccepted("PID-3 NHS number " + adt.nhsNumber() + " fails the Modulus 11 check", ErrorCode.DATA_TYPE_ERROR);
        }
        if (adt.ward() == null && "A01".equals(adt.trigger())) {
            return new NotAccepted("PV1-3 (assigned patient location) has no ward", ErrorCode.REQUIRED_FIELD_MISSING);
        }
        if ("A40".equals(adt.trigger())) {
            return mergeRefusal(adt);
        }
        return null;
    }

    private static NotAccepted mergeRefusal(AdtMessage adt) {
        if (adt.mergedNhsNumber() == null) {
            return new NotAccepted("MRG-1 has no NHS number (assigning authority NHS or identifier type NH) to merge",
                    ErrorCode.REQUIRED_FIELD_MISSING);
        }
        if (!NhsNumbers.isValid(adt.mergedNhsNumber())) {
            return new NotAccepted("MRG-1 NHS number " + adt.mergedNhsNumber() + " fails the Modulus 11 check",
                    ErrorCode.DATA_TYPE_ERROR);
        }
        if (adt.mergedNhsNumber().equals(adt.nhsNumber())) {
            return new NotAccepted("MRG-1 names the same NHS number as PID-3: a record cannot be merged into itself",
                    ErrorCode.DATA_TYPE_ERROR);
        }
        return null;
    }

    /** A field CarePath keeps, and the most its column holds. */
    private record KeptField(String name, String value, int max) {

        boolean tooLong() {
            return value != null && value.length() > max;
        }

        /** PostgreSQL cannot store NUL, and no HL7 field needs a control character. */
        boolean hasControlCharacter() {
            return value != null && StrictJson.controlCharacterIn(value) >= 0;
        }

        NotAccepted refusal() {
            return new NotAccepted(name + (tooLong() ? " has " + value.length() + " characters; at most " + max + " are kept"
                    : " contains a control character"), ErrorCode.DATA_TYPE_ERROR);
        }
    }

    /** The first kept field longer than its column or holding a control character: refused whole rather than altered. */
    private static NotAccepted unkeepable(AdtMessage adt) {
        return Stream.of(
                        new KeptField("MSH-10 (message control id)", adt.controlId(), Limits.HL7_CONTROL_ID),
                        new KeptField("PV1-19 (visit number)", adt.visitNumber(), Limits.IDENTIFIER),
                        new KeptField("PV1-3.1 (ward)", adt.ward(), Limits.WARD),
                        new KeptField("PV1-3.3 (bed)", adt.bed(), Limits.BED),
                        new KeptField("PV1-37 (discharged to)", adt.dischargedTo(), Limits.LABEL),
                        new KeptField("PID-5.2 (given name)", adt.person().givenName(), Limits.SHORT_NAME),
                        new KeptField("PID-5.1 (family name)", adt.person().familyName(), Limits.SHORT_NAME),
                        new KeptField("PID-11.5 (postcode)", adt.person().postcode(), Limits.POSTCODE))
                .filter(field -> field.tooLong() || field.hasControlCharacter())
                .findFirst()
                .map(KeptField::refusal)
                .orElse(null);
    }

    private Uni<Void> apply(AdtMessage adt) {
        Instant now = clock.instant();
        Instant at = adt.eventAt() == null ? now : adt.eventAt();
        Uni<UUID> applied = switch (adt.trigger()) {
            case "A01" -> admissions.admitted(new Admission(adt.nhsNumber(), adt.sendingFacility(), adt.visitNumber(),
                    adt.ward(), adt.bed(), adt.admittedAt() == null ? at : adt.admittedAt(),
                    adt.admissionMethod() == null ? AdmissionMethod.EMERGENCY : adt.admissionMethod(), null,
                    adt.expectedDischargeDate()), null, now).map(InpatientEpisode::id);
            case "A13" -> changed(episodeOf(adt, false), episode -> episode.cancelDischarge("cancel discharge (ADT A13)", null, now));
            case "A28", "A31" -> changes.save(Change.of(demographics(adt, now))).replaceWith((UUID) null);
            case "A40" -> mergeRecords(adt, at, now).replaceWith((UUID) null);
            default -> changed(episodeOf(adt, true), episode -> change(episode, adt, at, now));
        };
        return applied.chain(episode -> Panache.getSession()
                .chain(session -> session.persist(new AdtReceipt(adt, episode, now))));
    }

    private Uni<UUID> changed(Uni<InpatientEpisode> episode, Function<InpatientEpisode, Change> change) {
        return episode.call(found -> changes.save(change.apply(found))).map(InpatientEpisode::id);
    }

    private static DemographicsReported demographics(AdtMessage adt, Instant now) {
        AdtMessage.Person person = adt.person();
        return new DemographicsReported(adt.nhsNumber(), adt.sendingFacility(), person.givenName(), person.familyName(),
                person.dateOfBirth(), person.postcode(), now);
    }

    /**
     * A40: this hospital's episodes under the merged record become the survivor's, and identity-service
     * joins the two person records. Both records in this hospital at once cannot be made one stay here.
     */
    private Uni<Void> mergeRecords(AdtMessage adt, Instant at, Instant now) {
        String hospital = adt.sendingFacility();
        return episodes.openIn(hospital, adt.nhsNumber())
                .chain(survivorIn -> episodes.openIn(hospital, adt.mergedNhsNumber())
                        .invoke(mergedIn -> {
                            if (survivorIn != null && mergedIn != null) {
                                throw new Conflict("both-admitted", "Both records are in hospital",
                                        "NHS numbers " + adt.nhsNumber() + " and " + adt.mergedNhsNumber() + " each have an"
                                                + " open episode at " + hospital + "; discharge or cancel one, then merge");
                            }
                        }))
                .chain(() -> episodes.renumber(hospital, adt.mergedNhsNumber(), adt.nhsNumber(), now))
                .chain(() -> changes.save(Change.of(new PatientRecordsMerged(adt.nhsNumber(), adt.mergedNhsNumber(),
                        hospital, at, now))));
    }

    /** The episode the message is about: by visit number, else the person's open (or, for A13, latest) episode there. */
    private Uni<InpatientEpisode> episodeOf(AdtMessage adt, boolean open) {
        Uni<InpatientEpisode> byVisit = adt.visitNumber() == null ? Uni.createFrom().nullItem()
                : episodes.byVisit(adt.sendingFacility(), adt.visitNumber());
        return byVisit
                .chain(found -> found != null || !open ? Uni.createFrom().item(found)
                        : episodes.openIn(adt.sendingFacility(), adt.nhsNumber()))
                .onItem().ifNull().failWith(() -> new NotVisible("no " + (open ? "open " : "") + "episode for NHS number "
                        + adt.nhsNumber() + (adt.visitNumber() == null ? "" : " and visit " + adt.visitNumber()) + " at "
                        + adt.sendingFacility()));
    }

    /** What an A02, A03, A08, A11 or A12 asks of the person's open episode. */
    private static Change change(InpatientEpisode episode, AdtMessage adt, Instant at, Instant now) {
        return switch (adt.trigger()) {
            case "A02" -> episode.transfer(adt.ward(), adt.bed(), at, null, now);
            case "A03" -> episode.discharge(adt.dischargedAt() == null ? at : adt.dischargedAt(), null, adt.dischargedTo(),
                    null, now);
            case "A08" -> episode.correct(adt.ward(), adt.bed(), adt.admissionMethod(), null, now)
                    .and(episode.expectedDischargeDateFromPas(adt.expectedDischargeDate(), now));
            case "A12" -> episode.cancelTransfer("cancel transfer (ADT A12)", null, now);
            default -> episode.cancelAdmission("cancel admit (ADT A11)", null, now);
        };
    }
}

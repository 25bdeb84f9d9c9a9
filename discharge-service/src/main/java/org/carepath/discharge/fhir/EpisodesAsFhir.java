package org.carepath.discharge.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.EddChange;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.EpisodeHistory.WardStay;
import org.carepath.discharge.episode.EpisodeService.Seen;
import org.carepath.discharge.episode.EpisodeStatus;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * An inpatient episode as FHIR shows it: the stay as an {@code Encounter} (same id), each of its
 * delays as a {@code Flag} (the delay's id) pointing at it. The mapping table is in the service's README.
 */
final class EpisodesAsFhir {

    static final String DISCHARGE_PATHWAY = Systems.carePath("discharge-pathway");
    static final String ACCOUNTABLE_SECTOR = Systems.carePath("accountable-sector");
    static final String FLAG_CATEGORY = Systems.carePath("flag-category");
    static final String EXPECTED_DISCHARGE_DATE = Systems.extension("expected-discharge-date");
    static final String PLANNED_PATHWAY = Systems.extension("planned-discharge-pathway");
    static final String CLINICAL_CRITERIA = Systems.extension("clinical-criteria-for-discharge");
    static final String NO_CRITERIA_TO_RESIDE = Systems.extension("no-criteria-to-reside");
    static final String DELAYED_DAYS = Systems.extension("delayed-days");
    static final String READMISSION_OF = Systems.extension("readmission-of");
    static final String SECTOR = Systems.extension("accountable-sector");
    static final String DELAY_NOTES = Systems.extension("delay-notes");

    private static final Coding INPATIENT = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP",
            "inpatient encounter");
    private static final String ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
    private static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    private static final Coding VISIT_NUMBER = new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "VN", "Visit number");
    private static final Coding READMISSION = new Coding("http://terminology.hl7.org/CodeSystem/v2-0092", "R", "Re-admission");
    private static final Coding ADMINISTRATIVE = new Coding("http://terminology.hl7.org/CodeSystem/flag-category", "admin",
            "Administrative");
    private static final Coding DISCHARGE_DELAY = new Coding(FLAG_CATEGORY, "discharge-delay", "Discharge delay");
    /** Discharge to Assess pathways 0-3, in NHS England's words. */
    private static final String[] PATHWAYS = { "Home, no new support", "Home with new or restarted support",
            "Short-term 24-hour bed-based rehabilitation or assessment", "New long-term 24-hour care" };

    private EpisodesAsFhir() {
    }

    static Encounter encounter(Seen seen) {
        InpatientEpisode episode = seen.episode();
        Encounter encounter = FhirResponses.versioned(new Encounter(), episode.id().toString(), episode.version(),
                episode.updatedAt());
        encounter.setStatus(encounterStatus(episode.status()))
                .setClass_(INPATIENT.copy())
                .setPriority(new CodeableConcept(priority(episode.admissionMethod())))
                .setSubject(person(episode.nhsNumber()))
                .setServiceProvider(organisation(episode.hospital()))
                .setPeriod(period(episode.admittedAt(), episode.dischargedAt()));
        if (episode.visitNumber() != null) {
            encounter.addIdentifier(new Identifier().setType(new CodeableConcept(VISIT_NUMBER.copy()))
                    .setValue(episode.visitNumber())
                    .setAssigner(organisation(episode.hospital())));
        }
        for (WardStay stay : episode.wardStays()) {
            locations(encounter, stay, episode.status());
        }
        hospitalisation(encounter, episode);
        extensions(encounter, seen);
        return encounter;
    }

    static Flag flag(InpatientEpisode episode, Delay delay) {
        Flag flag = FhirResponses.versioned(new Flag(), delay.id().toString(), episode.version(), episode.updatedAt());
        flag.setStatus(flagStatus(episode, delay))
                .setCode(new CodeableConcept(new Coding(delayReasons(delay.codeSet()), delay.code(), delay.reason()))
                        .setText(delay.reason()))
                .setSubject(person(episode.nhsNumber()))
                .setPeriod(period(delay.start(), delay.end()))
                .setEncounter(new Reference("Encounter/" + episode.id()))
                .setAuthor(organisation(episode.hospital()));
        flag.addCategory(new CodeableConcept(ADMINISTRATIVE.copy()).addCoding(DISCHARGE_DELAY.copy()));
        flag.addExtension(SECTOR, new Coding(ACCOUNTABLE_SECTOR, delay.sector().code(), null));
        if (delay.notes() != null) {
            flag.addExtension(DELAY_NOTES, new StringType(delay.notes()));
        }
        return flag;
    }

    /** FHIR has no "admitted": the stay is in progress; CarePath has no planned episode (it starts at admission). */
    static EncounterStatus encounterStatus(EpisodeStatus status) {
        return switch (status) {
            case ADMITTED -> EncounterStatus.INPROGRESS;
            case DISCHARGED -> EncounterStatus.FINISHED;
            case CANCELLED -> EncounterStatus.CANCELLED;
        };
    }

    /** The episode states an Encounter status stands for; none for the statuses CarePath never uses. */
    static Set<EpisodeStatus> withEncounterStatus(EncounterStatus status) {
        Set<EpisodeStatus> matching = EnumSet.noneOf(EpisodeStatus.class);
        for (EpisodeStatus candidate : EpisodeStatus.values()) {
            if (encounterStatus(candidate) == status) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    /** A delay of an admission made in error was never a delay: entered in error, as the admission was. */
    static FlagStatus flagStatus(InpatientEpisode episode, Delay delay) {
        if (episode.status() == EpisodeStatus.CANCELLED) {
            return FlagStatus.ENTEREDINERROR;
        }
        return delay.end() == null ? FlagStatus.ACTIVE : FlagStatus.INACTIVE;
    }

    /** Each jurisdiction's delay reasons are a code set of their own (England's A-J by default). */
    static String delayReasons(String codeSet) {
        return Systems.carePath("delay-reason:" + codeSet);
    }

    private static Coding priority(AdmissionMethod method) {
        return switch (method) {
            case EMERGENCY -> new Coding(ACT_PRIORITY, "EM", "emergency");
            case ELECTIVE -> new Coding(ACT_PRIORITY, "EL", "elective");
        };
    }

    /** A ward, and the bed in it, with the time there; the stay still open is active while the person is in. */
    private static void locations(Encounter encounter, WardStay stay, EpisodeStatus status) {
        EncounterLocationStatus now = stay.to() == null && status == EpisodeStatus.ADMITTED ? EncounterLocationStatus.ACTIVE
                : EncounterLocationStatus.COMPLETED;
        encounter.addLocation()
                .setLocation(new Reference().setDisplay(stay.ward()))
                .setStatus(now)
                .setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, "wa", "Ward")))
                .setPeriod(period(stay.from(), stay.to()));
        if (stay.bed() != null) {
            encounter.addLocation()
                    .setLocation(new Reference().setDisplay(stay.ward() + ", bed " + stay.bed()))
                    .setStatus(now)
                    .setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, "bd", "Bed")))
                    .setPeriod(period(stay.from(), stay.to()));
        }
    }

    /** The pathway the person left on, else the one planned; the planned one is also an extension of its own. */
    private static void hospitalisation(Encounter encounter, InpatientEpisode episode) {
        var hospitalisation = encounter.getHospitalization();
        if (episode.actualPathway() != null) {
            hospitalisation.setDischargeDisposition(pathway(episode.actualPathway(), "left on"));
        } else if (episode.plannedPathway() != null) {
            hospitalisation.setDischargeDisposition(pathway(episode.plannedPathway(), "planned"));
        }
        if (episode.destination() != null) {
            hospitalisation.setDestination(new Reference().setDisplay(episode.destination()));
        }
        if (episode.readmissionOf() != null) {
            hospitalisation.setReAdmission(new CodeableConcept(READMISSION.copy())
                    .setText("Emergency readmission within " + InpatientEpisode.READMISSION_DAYS + " days of a discharge"));
        }
    }

    private static void extensions(Encounter encounter, Seen seen) {
        InpatientEpisode episode = seen.episode();
        if (episode.expectedDischargeDate() != null) {
            encounter.addExtension(expectedDischargeDate(episode));
        }
        if (episode.plannedPathway() != null) {
            encounter.addExtension(PLANNED_PATHWAY, pathwayCoding(episode.plannedPathway()));
        }
        if (episode.clinicalCriteria() != null) {
            encounter.addExtension(CLINICAL_CRITERIA, new StringType(episode.clinicalCriteria()));
        }
        for (NoCriteriaPeriod period : episode.noCriteriaPeriods()) {
            encounter.addExtension(NO_CRITERIA_TO_RESIDE, period(period.from(), period.to()));
        }
        if (!episode.noCriteriaPeriods().isEmpty()) {
            encounter.addExtension(DELAYED_DAYS, new UnsignedIntType(Math.toIntExact(seen.delayedDays())));
        }
        if (episode.readmissionOf() != null) {
            encounter.addExtension(READMISSION_OF, new Reference("Encounter/" + episode.readmissionOf()));
        }
    }

    /**
     * The date, and where it came from: the reason of its latest change ("from PAS" when the hospital's
     * patient administration system set it over ADT) and when that was recorded.
     */
    private static Extension expectedDischargeDate(InpatientEpisode episode) {
        Extension edd = new Extension(EXPECTED_DISCHARGE_DATE);
        edd.addExtension("date", new DateType(episode.expectedDischargeDate().toString()));
        episode.eddChanges().stream()
                .reduce((earlier, later) -> later)
                .filter(latest -> episode.expectedDischargeDate().equals(latest.to()))
                .ifPresent(latest -> source(edd, latest));
        return edd;
    }

    private static void source(Extension edd, EddChange latest) {
        if (latest.reason() != null) {
            edd.addExtension("source", new StringType(latest.reason()));
        }
        edd.addExtension("recorded", new DateTimeType(Date.from(latest.at())));
    }

    private static CodeableConcept pathway(int pathway, String kind) {
        return new CodeableConcept(pathwayCoding(pathway)).setText("Pathway " + pathway + " (" + kind + ")");
    }

    private static Coding pathwayCoding(int pathway) {
        String display = pathway >= 0 && pathway < PATHWAYS.length ? PATHWAYS[pathway] : null;
        return new Coding(DISCHARGE_PATHWAY, Integer.toString(pathway), display);
    }

    private static Reference person(String nhsNumber) {
        return new Reference().setIdentifier(new Identifier().setSystem(Systems.NHS_NUMBER).setValue(nhsNumber));
    }

    /** A logical reference: referrals-service serves the directory's Organization, this service does not. */
    private static Reference organisation(String odsCode) {
        return new Reference().setIdentifier(new Identifier().setSystem(Systems.ODS_CODE).setValue(odsCode));
    }

    private static Period period(Instant from, Instant to) {
        Period period = new Period().setStart(Date.from(from));
        if (to != null) {
            period.setEnd(Date.from(to));
        }
        return period;
    }
}

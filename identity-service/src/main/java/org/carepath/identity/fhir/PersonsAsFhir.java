package org.carepath.identity.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.carepath.identity.journey.Involvement;
import org.carepath.identity.journey.Involvement.Involved;
import org.carepath.identity.journey.JourneyEntry;
import org.carepath.identity.person.Demographics;
import org.carepath.identity.person.LocalIdentifier;
import org.carepath.identity.person.Person;
import org.carepath.identity.person.PersonIdentifier;
import org.carepath.identity.records.PersonRecords.PersonRecord;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.LinkType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A person as FHIR shows them: the index record as a {@code Patient}, and their journey as what
 * {@code Patient/$everything} returns, each entry a {@code Basic} (a narrative-only event, which no
 * R4 resource models) and the "who else is involved" panel as a {@code CareTeam}. The mapping
 * tables are in the service's README.
 */
final class PersonsAsFhir {

    /** What CarePath's own identifier systems start with (a local identifier's: {@code <kind>:<ODS code>}). */
    static final String IDENTIFIER = "urn:carepath:fhir:identifier:";
    private static final String EVENT_TYPE = Systems.carePath("event-type");
    private static final String INVOLVEMENT_BASIS = Systems.carePath("involvement-basis");
    private static final String SECTOR = Systems.carePath("sector");
    private static final String OCCURRED_AT = Systems.extension("occurred-at");
    private static final String SOURCE_TOPIC = Systems.extension("source-topic");
    private static final String TEAM = Systems.extension("team");
    /** The CloudEvent id of the event the entry tells: one entry per event. */
    private static final String EVENT_ID = IDENTIFIER + "event-id";
    private static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** HL7 v2 types of the local identifiers: a hospital's is a medical record number, the others a system's own number. */
    private static final Map<String, Coding> IDENTIFIER_TYPES = Map.of(
            PersonIdentifier.HOSPITAL_MRN, new Coding(V2_IDENTIFIER_TYPE, "MR", "Medical record number"),
            PersonIdentifier.COUNCIL_PERSON_ID, new Coding(V2_IDENTIFIER_TYPE, "PI", "Patient internal identifier"),
            PersonIdentifier.COMMUNITY_ID, new Coding(V2_IDENTIFIER_TYPE, "PI", "Patient internal identifier"));

    private PersonsAsFhir() {
    }

    /** The system of an organisation's local identifiers of one kind: its value is the organisation's own number. */
    static String localSystem(String kind, String odsCode) {
        return IDENTIFIER + kind + ":" + odsCode;
    }

    /** The record asked for: the person, or a record merged into them, which only points at them. */
    static Patient patient(PersonRecord record) {
        return record.retired() == null ? survivor(record) : retired(record.retired());
    }

    private static Patient survivor(PersonRecord record) {
        Person person = record.person();
        Patient patient = FhirResponses.versioned(new Patient(), person.nhsNumber(), person.version(), person.updatedAt());
        patient.setActive(true).addIdentifier(nhsNumber(person.nhsNumber()));
        for (PersonIdentifier linked : record.identifiers()) {
            patient.addIdentifier(local(linked.identifier()));
        }
        Demographics demographics = person.demographics();
        if (demographics.givenName() != null || demographics.familyName() != null) {
            var name = patient.addName().setUse(NameUse.OFFICIAL).setFamily(demographics.familyName());
            if (demographics.givenName() != null) {
                name.addGiven(demographics.givenName());
            }
        }
        if (demographics.dateOfBirth() != null) {
            patient.setBirthDateElement(new DateType(demographics.dateOfBirth().toString()));
        }
        if (demographics.postcode() != null) {
            patient.addAddress().setPostalCode(demographics.postcode());
        }
        for (String merged : record.merged()) {
            patient.addLink().setType(LinkType.REPLACES).setOther(patientReference(merged));
        }
        return patient;
    }

    /** Its details now belong to the survivor, so it shows none: a client follows the link. */
    private static Patient retired(Person retired) {
        Patient patient = FhirResponses.versioned(new Patient(), retired.nhsNumber(), retired.version(), retired.updatedAt());
        patient.setActive(false).addIdentifier(nhsNumber(retired.nhsNumber()).setUse(IdentifierUse.OLD));
        patient.addLink().setType(LinkType.REPLACEDBY).setOther(patientReference(retired.mergedInto()));
        return patient;
    }

    static Reference patientReference(String nhsNumber) {
        return new Reference("Patient/" + nhsNumber).setIdentifier(nhsNumber(nhsNumber).setUse(null));
    }

    private static Identifier nhsNumber(String nhsNumber) {
        return new Identifier().setUse(IdentifierUse.OFFICIAL).setSystem(Systems.NHS_NUMBER).setValue(nhsNumber);
    }

    private static Identifier local(LocalIdentifier identifier) {
        Identifier local = new Identifier().setUse(IdentifierUse.SECONDARY)
                .setSystem(localSystem(identifier.kind(), identifier.assigningOrganisation()))
                .setValue(identifier.value())
                .setAssigner(organisation(identifier.assigningOrganisation()));
        Coding type = IDENTIFIER_TYPES.get(identifier.kind());
        if (type != null) {
            local.setType(new CodeableConcept(type.copy()).setText(identifier.kind()));
        }
        return local;
    }

    /** One journey entry: what happened, told in plain words, where, by whom and when. */
    static Basic journeyEntry(JourneyEntry entry, Map<String, String> sectors, String nhsNumber) {
        Basic basic = new Basic();
        basic.setId(entry.id().toString());
        basic.getMeta().setLastUpdated(Date.from(entry.recordedAt()));
        basic.setCode(new CodeableConcept(new Coding(EVENT_TYPE, entry.eventType(), null)).setText(entry.summary()))
                .setSubject(patientReference(nhsNumber))
                .setCreatedElement(new DateType(entry.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        basic.addIdentifier().setSystem(EVENT_ID).setValue(entry.eventId());
        basic.addExtension(OCCURRED_AT, dateTime(entry.occurredAt()));
        if (entry.sourceTopic() != null) {
            basic.addExtension(SOURCE_TOPIC, new StringType(entry.sourceTopic()));
        }
        if (entry.team() != null) {
            basic.addExtension(TEAM, new StringType(entry.team()));
        }
        if (entry.organisation() != null) {
            basic.setAuthor(organisation(entry.organisation()).setDisplay(author(entry.actor(), sectors.get(entry.organisation()))));
        }
        basic.getText().setStatus(NarrativeStatus.GENERATED).setDiv(div(entry.summary()));
        return basic;
    }

    /** Who is involved with the person now, as the journey's panel shows them to this reader. */
    static CareTeam involvement(Involvement involvement, String nhsNumber) {
        CareTeam team = new CareTeam();
        // the panel is made for each read, so its id is the person's, the same on every read
        team.setId(UUID.nameUUIDFromBytes(("involvement:" + nhsNumber).getBytes(StandardCharsets.UTF_8)).toString());
        team.setStatus(CareTeamStatus.ACTIVE).setSubject(patientReference(nhsNumber)).setName("Who is involved");
        for (Involved involved : involvement.involved()) {
            var participant = team.addParticipant()
                    .setMember(organisation(involved.organisation()).setDisplay(describe(involved)))
                    .setPeriod(new Period().setStart(date(involved.since())).setEnd(date(involved.until())));
            participant.addRole(new CodeableConcept(new Coding(INVOLVEMENT_BASIS, involved.basis(), null)).setText(involved.basis()));
            if (involved.sector() != null) {
                participant.addRole(new CodeableConcept(new Coding(SECTOR, involved.sector(), null)));
            }
        }
        return team;
    }

    static Reference organisation(String odsCode) {
        return new Reference().setIdentifier(new Identifier().setSystem(Systems.ODS_CODE).setValue(odsCode));
    }

    private static String describe(Involved involved) {
        StringBuilder described = new StringBuilder(involved.organisation());
        if (involved.team() != null) {
            described.append(" ").append(involved.team());
        }
        if (involved.description() != null) {
            described.append(": ").append(involved.description());
        }
        if (involved.practitioner() != null) {
            described.append(" (").append(involved.practitioner()).append(")");
        }
        return described.toString();
    }

    private static String author(String actor, String sector) {
        if (actor == null) {
            return sector;
        }
        return sector == null ? actor : actor + " (" + sector + ")";
    }

    private static XhtmlNode div(String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        return div;
    }

    private static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

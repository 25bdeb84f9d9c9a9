package org.carepath.identity.fhir;

import java.time.Instant;
import java.util.Date;

import org.carepath.identity.access.AccessRecord;
import org.carepath.identity.access.BreakGlassGrant;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The access audit as FHIR shows it: each read of a person's record (permitted or refused) an
 * {@code AuditEvent}, and each break-glass grant the {@code Consent} that overrode the person's
 * privacy for a while, which the AuditEvents of the reads made under it name as their policy.
 * Audit rows and grants are never changed, so each is version 1. The mapping tables are in the
 * service's README.
 */
final class AuditAsFhir {

    private static final String ACCESS_BASIS = Systems.carePath("access-basis");
    private static final String RECORD_PART = Systems.carePath("record-part");
    private static final String STAFF_ROLE = Systems.carePath("staff-role");
    private static final String BREAK_GLASS_REASON = Systems.extension("break-glass-reason");
    private static final String RELATIONSHIP_EVENT = "relationship-event";
    private static final Coding PATIENT_RECORD = new Coding("http://dicom.nema.org/resources/ontology/DCM", "110110",
            "Patient Record");
    private static final Coding EMERGENCY = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "ETREAT",
            "Emergency Treatment");
    private static final Coding APPLICATION_SERVER = new Coding("http://terminology.hl7.org/CodeSystem/security-source-type",
            "4", "Application Server");
    private static final Coding PERSON = new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person");
    private static final Coding PATIENT_ROLE = new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient");
    private static final Coding PATIENT_PRIVACY = new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
            "patient-privacy", "Privacy Consent");
    private static final Coding BREAK_GLASS = new Coding(Systems.carePath("consent-category"), "break-glass",
            "Emergency access without a relationship");

    private AuditAsFhir() {
    }

    /** @param grant the break-glass grant the read was made under; null for a read on another basis */
    static AuditEvent auditEvent(AccessRecord read, BreakGlassGrant grant) {
        AuditEvent event = FhirResponses.versioned(new AuditEvent(), read.id().toString(), 1, read.accessedAt());
        boolean permitted = AccessRecord.PERMITTED.equals(read.outcome());
        event.setType(PATIENT_RECORD.copy())
                .setAction(AuditEventAction.R)
                .setRecorded(Date.from(read.accessedAt()))
                .setOutcome(permitted ? AuditEventOutcome._0 : AuditEventOutcome._4)
                .setOutcomeDesc(read.outcome());
        event.addSubtype(new Coding(RECORD_PART, read.what(), null));
        CodeableConcept basis = new CodeableConcept(new Coding(ACCESS_BASIS, read.basis(), null)).setText(read.basis());
        if (read.breakGlassReason() != null) {
            basis.addCoding(EMERGENCY.copy()).setText(read.breakGlassReason());
        }
        event.addPurposeOfEvent(basis);
        AuditEventAgentComponent reader = event.addAgent()
                .setRequestor(true)
                .setWho(practitioner(read.userId(), read.userName()));
        if (grant != null) {
            reader.addPolicy("Consent/" + grant.id());
        }
        if (read.organisation() != null) {
            event.addAgent().setRequestor(false).setWho(PersonsAsFhir.organisation(read.organisation()));
        }
        event.getSource().setSite("identity-service")
                .setObserver(new Reference().setDisplay("CarePath identity-service"))
                .addType(APPLICATION_SERVER.copy());
        var entity = event.addEntity()
                .setWhat(PersonsAsFhir.patientReference(read.nhsNumber()))
                .setType(PERSON.copy())
                .setRole(PATIENT_ROLE.copy());
        if (read.relationshipEventId() != null) {
            entity.addDetail().setType(RELATIONSHIP_EVENT).setValue(new StringType(read.relationshipEventId()));
        }
        return event;
    }

    /** The override: who, in which role, why, for how long; active until it expires. */
    static Consent consent(BreakGlassGrant grant, Instant now) {
        Consent consent = FhirResponses.versioned(new Consent(), grant.id().toString(), 1, grant.grantedAt());
        consent.setStatus(grant.expiresAt().isAfter(now) ? ConsentState.ACTIVE : ConsentState.INACTIVE)
                .setScope(new CodeableConcept(PATIENT_PRIVACY.copy()))
                .setPatient(PersonsAsFhir.patientReference(grant.nhsNumber()))
                .setDateTime(Date.from(grant.grantedAt()))
                .setPolicyRule(new CodeableConcept(new Coding(ACCESS_BASIS, "break-glass", null))
                        .setText("Break-glass: role-limited, reason required, time-limited, every read audited"));
        consent.addCategory(new CodeableConcept(BREAK_GLASS.copy()));
        consent.addPerformer(practitioner(grant.userId(), null));
        if (grant.organisation() != null) {
            consent.addOrganization(PersonsAsFhir.organisation(grant.organisation()));
        }
        consent.addExtension(BREAK_GLASS_REASON, new StringType(grant.reason()));
        var provision = consent.getProvision()
                .setType(ConsentProvisionType.PERMIT)
                .setPeriod(new Period().setStart(Date.from(grant.grantedAt())).setEnd(Date.from(grant.expiresAt())));
        provision.addPurpose(EMERGENCY.copy());
        provision.addActor()
                .setRole(new CodeableConcept(new Coding(STAFF_ROLE, grant.role(), null)).setText(grant.role()))
                .setReference(practitioner(grant.userId(), null));
        provision.addAction(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentaction",
                "access", "Access")));
        return consent;
    }

    static Reference practitioner(String userId, String name) {
        return new Reference("Practitioner/" + userId).setDisplay(name);
    }
}

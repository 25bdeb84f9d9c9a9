package org.carepath.identity.fhir;

import java.util.Locale;
import java.util.Map;

import org.carepath.identity.directory.Registration;
import org.carepath.identity.directory.StaffMember;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The staff directory as FHIR shows it: each member of staff a {@code Practitioner} (who they are
 * and their professional registration) and a {@code PractitionerRole} of the same id (their
 * employer, profession and teams). The mapping tables are in the service's README.
 */
final class StaffAsFhir {

    /** The member of staff's user id, as the identity provider's tokens name them. */
    static final String USER_ID = PersonsAsFhir.IDENTIFIER + "user-id";
    private static final String PROFESSION = Systems.carePath("profession");
    private static final String TEAM = Systems.extension("team");
    /** UK Core's identifier systems of the registration bodies it names; the others get a CarePath one. */
    private static final Map<String, String> REGISTERS = Map.of(
            "GMC", "https://fhir.hl7.org.uk/Id/gmc-number",
            "NMC", "https://fhir.hl7.org.uk/Id/nmc-number",
            "HCPC", "https://fhir.hl7.org.uk/Id/hcpc-number",
            "GPHC", "https://fhir.hl7.org.uk/Id/gphc-number");

    private StaffAsFhir() {
    }

    static Practitioner practitioner(StaffMember member) {
        Practitioner practitioner = FhirResponses.versioned(new Practitioner(), member.userId(), member.version(),
                member.updatedAt());
        practitioner.setActive(true).addName().setText(member.name());
        practitioner.addIdentifier().setSystem(USER_ID).setValue(member.userId());
        Registration registration = member.registration();
        if (registration.number() != null) {
            Identifier registered = registered(registration);
            practitioner.addIdentifier(registered.copy());
            var qualification = practitioner.addQualification().setCode(profession(registration.profession(), registration.body()));
            qualification.addIdentifier(registered);
            qualification.setIssuer(new Reference().setDisplay(registration.body()));
        }
        return practitioner;
    }

    static PractitionerRole practitionerRole(StaffMember member) {
        PractitionerRole role = FhirResponses.versioned(new PractitionerRole(), member.userId(), member.version(),
                member.updatedAt());
        role.setActive(true).setPractitioner(AuditAsFhir.practitioner(member.userId(), member.name()));
        if (member.organisation() != null) {
            role.setOrganization(PersonsAsFhir.organisation(member.organisation()));
        }
        if (member.profession() != null) {
            role.addCode(profession(member.profession(), null));
        }
        for (String team : member.teams()) {
            role.addExtension(TEAM, new StringType(team));
        }
        return role;
    }

    private static Identifier registered(Registration registration) {
        String body = registration.body();
        String system = REGISTERS.getOrDefault(body.toUpperCase(Locale.ROOT),
                PersonsAsFhir.IDENTIFIER + "registration:" + body.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return new Identifier().setSystem(system).setValue(registration.number());
    }

    private static CodeableConcept profession(String profession, String body) {
        if (profession == null) {
            return new CodeableConcept().setText("Registered with " + body);
        }
        return new CodeableConcept(new Coding(PROFESSION, profession, null)).setText(profession);
    }
}

package org.carepath.referrals.fhir;

import static io.restassured.RestAssured.given;

import org.carepath.platform.fhir.FhirFormat;
import org.carepath.platform.fhir.Systems;
import org.carepath.testkit.TestFhir;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;

import io.restassured.response.ValidatableResponse;

/** Referrals as a FHIR client sends them, built with HAPI's model; a fresh resource on every call. */
final class FhirReferrals {

    private FhirReferrals() {
    }

    /** An urgent referral for washing and dressing after a fall, as an integration engine would send it. */
    static ServiceRequest urgentFor(String nhsNumber, String serviceId) {
        ServiceRequest request = new ServiceRequest()
                .setStatus(ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequestIntent.ORDER)
                .setPriority(ServiceRequestPriority.URGENT)
                .setSubject(new Reference().setIdentifier(new Identifier().setSystem(Systems.NHS_NUMBER).setValue(nhsNumber))
                        .setDisplay("Joan Smith"))
                .addPerformer(new Reference("HealthcareService/" + serviceId))
                .addReasonCode(new CodeableConcept().setText("Needs help with washing and dressing after a fall"));
        request.addCategory(new CodeableConcept(new Coding(Systems.carePath("needs-domain"), "personal-care-and-daily-living", null)));
        request.addCategory(new CodeableConcept(new Coding(Systems.carePath("needs-domain"), "mobility-and-falls", null)));
        request.addExtension(Systems.extension("consent-basis"), new CodeType("consent-given"));
        return request;
    }

    static String json(Resource resource) {
        return TestFhir.context().newJsonParser().encodeResourceToString(resource);
    }

    static <T extends Resource> T parse(Class<T> type, String body) {
        return TestFhir.context().newJsonParser().parseResource(type, body);
    }

    /** Creates the referral as the token's holder; the answer to the POST. */
    static ValidatableResponse create(ServiceRequest request, String token) {
        return given().auth().oauth2(token).contentType(FhirFormat.JSON_TYPE).body(json(request))
                .post("/fhir/ServiceRequest")
                .then();
    }

    /** Reads the Task, changes its status and puts it back with the version read in If-Match. */
    static ValidatableResponse moveTask(String id, Task.TaskStatus status, String reason, String token) {
        var read = given().auth().oauth2(token).get("/fhir/Task/" + id).then().statusCode(200).extract();
        Task task = parse(Task.class, read.asString()).setStatus(status);
        if (reason != null) {
            task.setStatusReason(new CodeableConcept().setText(reason));
        }
        return given().auth().oauth2(token).contentType(FhirFormat.JSON_TYPE).header("If-Match", read.header("ETag"))
                .body(json(task))
                .put("/fhir/Task/" + id)
                .then();
    }
}

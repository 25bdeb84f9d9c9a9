package org.carepath.referrals.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.carepath.platform.fhir.Systems;
import org.carepath.referrals.Directory;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The facade as an integration engine uses it, through HAPI's generic client with a bearer token. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirClientTest {

    @TestHTTPResource("/fhir")
    URI base;

    @Test
    void anIntegrationEngineCreatesReadsAndSearchesWithHapisClient() {
        String nhsNumber = TestPeople.nhsNumber();
        IGenericClient hospital = TestFhir.client(base, Staff.hospitalReferrer());

        var outcome = hospital.create().resource(FhirReferrals.urgentFor(nhsNumber, Directory.reablement())).execute();
        IIdType id = outcome.getId();
        assertEquals("0", id.getVersionIdPart());

        ServiceRequest read = hospital.read().resource(ServiceRequest.class).withId(id.getIdPart()).execute();
        assertEquals(nhsNumber, read.getSubject().getIdentifier().getValue());

        Bundle requests = hospital.search().forResource(ServiceRequest.class)
                .where(new TokenClientParam("subject:identifier").exactly().systemAndCode(Systems.NHS_NUMBER, nhsNumber))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, requests.getTotal());

        IGenericClient community = TestFhir.client(base, Staff.communityTriager());
        Bundle tasks = community.search().forResource(Task.class)
                .where(Task.FOCUS.hasId("ServiceRequest/" + id.getIdPart()))
                .returnBundle(Bundle.class).execute();
        Task task = (Task) tasks.getEntryFirstRep().getResource();
        assertEquals(Task.TaskStatus.REQUESTED, task.getStatus());

        task.setStatus(Task.TaskStatus.RECEIVED);
        var updated = community.update().resource(task).withId(task.getIdElement().getIdPart())
                .withAdditionalHeader("If-Match", "W/\"" + task.getMeta().getVersionId() + "\"").execute();
        assertEquals("1", ((Task) updated.getResource()).getMeta().getVersionId());

        CapabilityStatement metadata = hospital.capabilities().ofType(CapabilityStatement.class).execute();
        assertTrue(metadata.getRestFirstRep().getResource().stream().anyMatch(resource -> resource.getType().equals("Task")));
    }
}

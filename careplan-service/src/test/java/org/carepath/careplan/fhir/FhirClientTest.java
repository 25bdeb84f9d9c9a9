package org.carepath.careplan.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.carepath.careplan.CarePlans;
import org.carepath.careplan.Staff;
import org.carepath.platform.fhir.Systems;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestFhir;
import org.carepath.testkit.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The facade as a GP system's integration engine reads it, through HAPI's generic client with a bearer token. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class FhirClientTest {

    @TestHTTPResource("/fhir")
    URI base;

    @Test
    void aClientReadsThePlanAndFollowsItsReferences() {
        String nhsNumber = TestPeople.nhsNumber();
        String id = CarePlans.create(nhsNumber);
        IGenericClient hospital = TestFhir.client(base, Staff.hospitalNurse());

        Bundle plans = hospital.search().forResource(CarePlan.class)
                .where(new TokenClientParam("subject:identifier").exactly().systemAndCode(Systems.NHS_NUMBER, nhsNumber))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, plans.getTotal());
        CarePlan plan = (CarePlan) plans.getEntryFirstRep().getResource();
        assertEquals("1", plan.getMeta().getVersionId());

        CareTeam team = hospital.read().resource(CareTeam.class)
                .withId(plan.getCareTeamFirstRep().getReferenceElement().getIdPart()).execute();
        assertEquals(id, team.getIdElement().getIdPart());
        Goal goal = hospital.read().resource(Goal.class).withId(plan.getGoalFirstRep().getReferenceElement().getIdPart()).execute();
        assertEquals("To be back in my own kitchen", goal.getDescription().getText());
    }
}

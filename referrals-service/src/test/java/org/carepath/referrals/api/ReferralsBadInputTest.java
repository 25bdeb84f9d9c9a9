package org.carepath.referrals.api;

import java.net.URI;

import org.carepath.referrals.Directory;
import org.carepath.referrals.Referrals;
import org.carepath.referrals.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.badinput.BadInputSuite;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** At least 2,000 requests generated from the OpenAPI document: no 5xx, no bad value taken, every error problem+json, no leak. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralsBadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void noBadInputGetsA5xxOrIsStored() throws Exception {
        String service = Directory.reablement();
        String referral = Referrals.submit(Referrals.urgentFor(TestPeople.nhsNumber(), service));

        var report = BadInputSuite.against(root, "referrals-service")
                .token(Staff.hospitalReferrer())
                .token("/directory", Staff.directoryAdmin())
                .token("/triage", Staff.communityTriager())
                .known("serviceId", () -> service)
                .known("/referrals", "id", () -> referral)
                .known("/directory/services", "id", () -> service)
                .known("odsCode", () -> "ZZB")
                .known("organisation", () -> Cast.COMMUNITY)
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}

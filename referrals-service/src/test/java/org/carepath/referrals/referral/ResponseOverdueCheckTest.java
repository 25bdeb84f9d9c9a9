package org.carepath.referrals.referral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.carepath.platform.schedule.ScheduledCheck;
import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The breach check runs on platform's one schedule of checks (what it reports: ResponseTargetFlowTest). */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ResponseOverdueCheckTest {

    @Inject
    Scheduler scheduler;

    @Inject
    Instance<ScheduledCheck> checks;

    @Test
    void runsOnThePlatformsScheduleOfChecks() {
        assertTrue(checks.stream().anyMatch(ResponseOverdueCheck.class::isInstance), "a check the schedule runs");
        List<String> jobs = scheduler.getScheduledJobs().stream().map(Trigger::getMethodDescription).toList();
        assertTrue(jobs.contains("org.carepath.platform.schedule.ScheduledChecks#runAll"), jobs.toString());
    }
}

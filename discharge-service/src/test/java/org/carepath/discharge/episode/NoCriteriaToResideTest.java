package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** What ops are shown as carepath_discharge_no_criteria_to_reside: people admitted who no longer meet the criteria. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class NoCriteriaToResideTest {

    @Inject
    NoCriteriaToReside noCriteria;

    @Test
    void countsAPersonFromNoCriteriaToResideUntilTheyMeetThemAgainOrGoHome() throws Throwable {
        String first = Episodes.admit(Staff.wardNurse(), TestPeople.nhsNumber(), "2026-11-01T09:00:00Z", "emergency");
        String second = Episodes.admit(Staff.wardNurse(), TestPeople.nhsNumber(), "2026-11-01T09:00:00Z", "elective");
        long before = count();

        Episodes.post(first, "/criteria-to-reside", Staff.wardNurse(), Map.of("meetsCriteria", false, "at", "2026-11-03T10:00:00Z"))
                .statusCode(200);
        Episodes.post(second, "/criteria-to-reside", Staff.wardNurse(), Map.of("meetsCriteria", false, "at", "2026-11-03T10:00:00Z"))
                .statusCode(200);
        assertEquals(before + 2, count());

        Episodes.post(first, "/criteria-to-reside", Staff.wardNurse(), Map.of("meetsCriteria", true, "at", "2026-11-04T10:00:00Z"))
                .statusCode(200);
        Episodes.post(second, "/discharge", Staff.dischargeCoordinator(), Map.of("at", "2026-11-05T12:00:00Z", "pathway", 0,
                        "destination", "usual place of residence"))
                .statusCode(200);
        assertEquals(before, count());
    }

    private long count() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(noCriteria::count));
    }
}

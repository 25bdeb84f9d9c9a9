package org.carepath.careplan.plan;

import java.util.List;
import java.util.UUID;

import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.platform.persistence.JsonText;

/** The plan's JSON-in-text columns. */
final class JsonColumns {

    private JsonColumns() {
    }

    static final class Needs extends JsonText<List<Need>> {
        Needs() {
            super(listOf(Need.class));
        }
    }

    static final class Goals extends JsonText<List<Goal>> {
        Goals() {
            super(listOf(Goal.class));
        }
    }

    static final class Carers extends JsonText<List<Carer>> {
        Carers() {
            super(listOf(Carer.class));
        }
    }

    static final class Involvements extends JsonText<Involvement> {
        Involvements() {
            super(typeOf(Involvement.class));
        }
    }

    static final class Actions extends JsonText<List<PlanAction>> {
        Actions() {
            super(listOf(PlanAction.class));
        }
    }

    static final class Snapshots extends JsonText<PlanSnapshot> {
        Snapshots() {
            super(typeOf(PlanSnapshot.class));
        }
    }

    static final class Ids extends JsonText<List<UUID>> {
        Ids() {
            super(listOf(UUID.class));
        }
    }
}

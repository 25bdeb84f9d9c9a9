package org.carepath.careplan.plan;

import java.util.List;

import org.carepath.platform.persistence.JsonText;

/** The plan's JSON-in-text columns. */
final class JsonColumns {

    private JsonColumns() {
    }

    static final class Goals extends JsonText<List<String>> {
        Goals() {
            super(listOf(String.class));
        }
    }

    static final class Snapshots extends JsonText<PlanSnapshot> {
        Snapshots() {
            super(typeOf(PlanSnapshot.class));
        }
    }
}

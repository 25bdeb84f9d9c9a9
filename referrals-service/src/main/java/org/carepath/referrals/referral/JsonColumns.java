package org.carepath.referrals.referral;

import org.carepath.platform.care.NeedsDomain;
import java.util.List;

import org.carepath.platform.persistence.JsonText;

/** The referral's small lists, kept as JSON in text columns. */
final class JsonColumns {

    private JsonColumns() {
    }

    static final class LocalIdentifiers extends JsonText<List<LocalIdentifier>> {
        LocalIdentifiers() {
            super(listOf(LocalIdentifier.class));
        }
    }

    static final class NeedsDomains extends JsonText<List<NeedsDomain>> {
        NeedsDomains() {
            super(listOf(NeedsDomain.class));
        }
    }

    static final class Assessments extends JsonText<List<AttachedAssessment>> {
        Assessments() {
            super(listOf(AttachedAssessment.class));
        }
    }
}

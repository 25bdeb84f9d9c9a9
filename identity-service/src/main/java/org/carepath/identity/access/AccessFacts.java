package org.carepath.identity.access;

import org.carepath.identity.relationship.RelationshipRepository;

/**
 * What decides a reader's access to a person's record, read in one statement ({@link #SQL}) rather than one
 * round trip per rule.
 *
 * @param standing           the reader's organisation has a standing relationship with the person
 * @param controller         the reader is an admin of an organisation that assigned one of the person's identifiers
 * @param selfGrantedEventId the event of the self-granted relationship the reader's organisation has; null for none
 * @param breakGlassReason   the reason of the reader's unexpired break-glass grant; null for none
 */
record AccessFacts(boolean standing, boolean controller, String selfGrantedEventId, String breakGlassReason) {

    /** ?1 the person's NHS numbers, ?2 the reader's organisation, ?3 now, ?4 the reader, ?5 whether the reader is an admin. */
    static final String SQL = "select " + RelationshipRepository.STANDING + " as standing,"
            + " cast(?5 as boolean) and exists (select 1 from person_identifier i where i.nhs_number = any(cast(?1 as bpchar[]))"
            + " and i.assigning_organisation = ?2) as controller, "
            + RelationshipRepository.SELF_GRANTED + " as self_granted_event,"
            + " (select b.reason from break_glass_grant b where b.nhs_number = any(cast(?1 as bpchar[])) and b.user_id = ?4"
            + " and b.expires_at > ?3 order by b.expires_at desc limit 1) as break_glass_reason";

    /** The strongest basis the facts give: a relationship first, emergency access last, else tracing only. */
    Access access() {
        if (standing) {
            return Access.of(Basis.RELATIONSHIP);
        }
        if (controller) {
            return Access.of(Basis.DATA_CONTROLLER);
        }
        if (selfGrantedEventId != null) {
            return new Access(Basis.SELF_GRANTED_RELATIONSHIP, null, selfGrantedEventId);
        }
        if (breakGlassReason != null) {
            return new Access(Basis.BREAK_GLASS, breakGlassReason, null);
        }
        return Access.of(Basis.TRACING);
    }
}

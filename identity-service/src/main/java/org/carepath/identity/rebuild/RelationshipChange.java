package org.carepath.identity.rebuild;

import java.time.Instant;

import org.carepath.identity.relationship.CareRelationship;

/**
 * A relationship change as the live statements make it (RelationshipRepository): add a row; end the
 * subject's open rows (of one basis, or all: basis null); confirm the open, unconfirmed rows of one basis
 * but the acting organisation's ({@code other}); pass the open rows of one basis on to another subject
 * ({@code other}); or reopen the subject's rows of one basis.
 */
record RelationshipChange(Kind kind, CareRelationship added, String subjectKey, String basis, Instant at, String other) {

    enum Kind { ADD, END, CONFIRM, PASS_ON, REOPEN }
}

package org.carepath.careplan.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.plan.CarePlan;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Finds plans with something due that has not been told yet, and records that it has. A report's
 * key (the action; the plan and its review date) stops a second report even from a racing replica.
 */
@ApplicationScoped
public class DueReports {

    Uni<List<CarePlan>> withUnreportedOverdueActions(LocalDate today, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select p.* from care_plan p
                         where p.status in ('DRAFT', 'ACTIVE', 'ON_HOLD')
                           and exists (select 1 from jsonb_array_elements(p.actions::jsonb) a
                                        where a ->> 'status' in ('planned', 'in-progress')
                                          and (a ->> 'dueDate')::date < :today
                                          and not exists (select 1 from action_overdue_report r
                                                           where r.action_id = (a ->> 'id')::uuid))
                         order by p.id limit :limit""", CarePlan.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList());
    }

    Uni<Set<UUID>> reportedActions(UUID planId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select action_id from action_overdue_report where plan_id = :plan", UUID.class)
                .setParameter("plan", planId)
                .getResultList())
                .map(Set::copyOf);
    }

    Uni<Void> actionReported(UUID actionId, UUID planId, Instant at) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into action_overdue_report (action_id, plan_id, reported_at) values (:action, :plan, :at)")
                .setParameter("action", actionId)
                .setParameter("plan", planId)
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    Uni<List<CarePlan>> withUnreportedReviews(LocalDate today, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select p.* from care_plan p
                         where p.status in ('ACTIVE', 'ON_HOLD') and p.review_date <= :today
                           and not exists (select 1 from review_due_report r
                                            where r.plan_id = p.id and r.review_date = p.review_date)
                         order by p.id limit :limit""", CarePlan.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList());
    }

    Uni<Void> reviewReported(UUID planId, LocalDate reviewDate, Instant at) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into review_due_report (plan_id, review_date, reported_at) values (:plan, :date, :at)")
                .setParameter("plan", planId)
                .setParameter("date", reviewDate)
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }
}

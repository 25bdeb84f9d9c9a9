package org.carepath.platform.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a resource (or one of its methods) whose GETs read people's records: every such read, shown or refused, is
 * written to {@code record_read_audit} by {@link RecordReads}.
 */
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface AuditedReads {

    /** What kind of record is read, e.g. {@code care-plan}, {@code referral}, {@code episode}. */
    String value();
}

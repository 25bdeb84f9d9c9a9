package org.carepath.identity.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Which NHS numbers are one person: a retired number leads to its survivor. */
@ApplicationScoped
public class PersonIndex {

    /* One row per number of the person (the survivor's own may be null: a number never seen), each with the survivor. */
    private static final String RESOLVE = """
            select s.survivor, p.nhs_number
              from (select coalesce((select q.merged_into from person q where q.nhs_number = ?1), cast(?1 as bpchar)) as survivor) s
              left join person p on p.nhs_number = s.survivor or p.merged_into = s.survivor
             order by p.nhs_number""";
    private static final String RESOLVE_WITH_SQL_CLIENT = NativeSql.forSqlClient(RESOLVE);

    private final PersonRepository persons;
    private final Pool pool;

    public PersonIndex(PersonRepository persons, Pool pool) {
        this.persons = persons;
        this.pool = pool;
    }

    /** The person's numbers, in the caller's session; a number the index has never seen stands for itself alone. */
    public Uni<PersonNumbers> resolve(String nhsNumber) {
        return NativeSql.flushedSession()
                .chain(session -> session.createNativeQuery(RESOLVE, Object[].class)
                        .setParameter(1, nhsNumber)
                        .getResultList())
                .map(rows -> numbers(rows.stream().map(row -> new String[] { (String) row[0], (String) row[1] }).toList()));
    }

    /** As {@link #resolve}, with the SQL client: for a read outside any ORM session. */
    public Uni<PersonNumbers> resolveOutsideSession(String nhsNumber) {
        return pool.preparedQuery(RESOLVE_WITH_SQL_CLIENT)
                .execute(Tuple.of(nhsNumber))
                .map(rows -> {
                    var found = new ArrayList<String[]>(rows.size());
                    for (Row row : rows) {
                        found.add(new String[] { row.getString(0), row.getString(1) });
                    }
                    return numbers(found);
                });
    }

    /** As {@link #resolve}, and a person the index has never seen is put in it: for a record that refers to them. */
    public Uni<PersonNumbers> resolveKnown(String nhsNumber) {
        return resolve(nhsNumber)
                .call(person -> persons.ensureKnown(person.survivor()));
    }

    // each row: the survivor and one of its numbers (null when the index does not know the survivor)
    private static PersonNumbers numbers(List<String[]> rows) {
        String survivor = rows.get(0)[0];
        List<String> all = rows.stream().map(row -> row[1]).filter(number -> number != null).toList();
        return new PersonNumbers(survivor, all.isEmpty() ? List.of(survivor) : all);
    }
}

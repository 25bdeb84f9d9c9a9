package org.carepath.identity.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonStatementTest {

    @Test
    void aPersonWithOneNumberIsComparedWithAScalarEverywhereTheStatementNamesTheirNumbers() {
        var statement = PersonStatement.of("select 1 from a where a.nhs_number = any(cast($1 as bpchar[])) and a.org = $2"
                + " and exists (select 1 from b where b.nhs_number = any(cast($1 as bpchar[])))");

        assertEquals("select 1 from a where a.nhs_number = cast($1 as bpchar) and a.org = $2"
                + " and exists (select 1 from b where b.nhs_number = cast($1 as bpchar))",
                statement.sql(List.of("9434765919")));
        assertEquals("9434765919", statement.numbers(List.of("9434765919")));
    }

    @Test
    void theOrmsNumberedParameterIsRewrittenToo() {
        var statement = PersonStatement.of("select 1 from a where a.nhs_number = any(cast(?1 as bpchar[])) and a.n = ?10");

        assertEquals("select 1 from a where a.nhs_number = cast(?1 as bpchar) and a.n = ?10",
                statement.sql(List.of("9434765919")));
    }

    @Test
    void aMergedPersonKeepsTheArrayOfAllTheirNumbers() {
        String sql = "select 1 from a where a.nhs_number = any(cast($1 as bpchar[]))";
        var statement = PersonStatement.of(sql);

        assertEquals(sql, statement.sql(List.of("9434765919", "9434765870")));
        assertArrayEquals(new String[] { "9434765919", "9434765870" },
                (String[]) statement.numbers(List.of("9434765919", "9434765870")));
    }

    @Test
    void onlyTheFirstParametersArrayIsThePersonsNumbers() {
        var statement = PersonStatement.of("select 1 from a where a.nhs_number = any(cast($1 as bpchar[])) and a.t = any($2::text[])"
                + " and a.m = any(cast($11 as bpchar[]))");

        assertEquals("select 1 from a where a.nhs_number = cast($1 as bpchar) and a.t = any($2::text[])"
                + " and a.m = any(cast($11 as bpchar[]))", statement.sql(List.of("9434765919")));
    }

    @Test
    void aStatementThatDoesNotNameThePersonsNumbersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PersonStatement.of("select 1 from a where a.nhs_number = $1"));
    }
}

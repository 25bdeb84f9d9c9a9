package org.carepath.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NativeSqlTest {

    @Test
    void eachNumberedParameterIsWrittenForTheSqlClient() {
        assertEquals("select 1 from t where a = any(cast($1 as bpchar[])) and b = $2 and c > $12 or d = $2",
                NativeSql.forSqlClient(
                        "select 1 from t where a = any(cast(?1 as bpchar[])) and b = ?2 and c > ?12 or d = ?2"));
    }

    @Test
    void aStatementWithoutParametersIsUnchanged() {
        assertEquals("select now()", NativeSql.forSqlClient("select now()"));
    }
}

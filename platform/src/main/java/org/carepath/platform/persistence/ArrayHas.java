package org.carepath.platform.persistence;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.AbstractArrayContainsFunction;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * HQL's {@code array_has(:numbers, e.nhsNumber)}: the value is one of the array's. It replaces
 * {@code e.nhsNumber in :numbers}, whose list parameter makes Hibernate translate the query to SQL again on
 * every call; the array is one parameter, so the query is translated once. It renders PostgreSQL's
 * {@code nhs_number = any(?)}, which the column's btree index answers (Hibernate's own array_contains renders
 * {@code ? @> array[nhs_number]}, which it does not). Bind an array of the column's type; an empty one
 * matches nothing, as {@code in ()} did. Array first, as in array_contains, whose typing it keeps. Not for
 * an enum column: Hibernate binds an enum array by ordinal, whatever the column's mapping.
 */
public class ArrayHas implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().register("array_has", new Function(functions.getTypeConfiguration()));
    }

    private static final class Function extends AbstractArrayContainsFunction {

        Function(TypeConfiguration types) {
            super(false, types);
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                SqlAstTranslator<?> walker) {
            arguments.get(1).accept(walker);
            sql.append(" = any(");
            arguments.get(0).accept(walker);
            sql.append(')');
        }
    }
}

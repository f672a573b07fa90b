package org.factdesk.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a class when PostgreSQL answers; evaluated before Quarkus starts, so no app boots against nothing. */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = DriverManager.getConnection(PostgresProfile.JDBC_URL, PostgresProfile.USER, "")) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgresProfile.JDBC_URL);
        } catch (SQLException e) {
            return NeedsEnvironment.missing("PostgreSQL at " + PostgresProfile.JDBC_URL + " (" + e.getMessage() + ")");
        }
    }
}

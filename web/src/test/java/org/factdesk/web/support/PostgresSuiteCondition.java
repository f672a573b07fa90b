package org.factdesk.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run of the suite, every test needs the database: without one the whole run
 * skips itself with a message (and fails where FACTDESK_REQUIRE_ALL_TESTS=true). Registered for all
 * tests through JUnit's extension auto-detection; in the H2 run it does nothing.
 */
public class PostgresSuiteCondition implements ExecutionCondition {

    private final PostgresAvailable postgres = new PostgresAvailable();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.suiteOnPostgres()) {
            return ConditionEvaluationResult.enabled("The suite runs on H2.");
        }
        return postgres.evaluateExecutionCondition(context);
    }
}

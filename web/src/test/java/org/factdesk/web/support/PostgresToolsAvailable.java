package org.factdesk.web.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test when PostgreSQL's pg_dump and pg_restore run on this machine. */
public class PostgresToolsAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (String tool : new String[] {"pg_dump", "pg_restore"}) {
            if (!runs(tool)) {
                return NeedsEnvironment.missing(tool + " (PostgreSQL's client tools, on the PATH)");
            }
        }
        return ConditionEvaluationResult.enabled("pg_dump and pg_restore are installed");
    }

    private static boolean runs(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

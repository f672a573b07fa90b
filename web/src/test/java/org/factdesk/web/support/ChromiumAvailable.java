package org.factdesk.web.support;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a class when Chromium is installed; evaluated before Quarkus starts, so no app boots for nothing. */
public class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Chromium.EXECUTABLE)) {
            return ConditionEvaluationResult.enabled("Chromium is installed at " + Chromium.EXECUTABLE);
        }
        return NeedsEnvironment.missing("Chromium at " + Chromium.EXECUTABLE);
    }
}

package org.factdesk.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Tests that need more than Java (PostgreSQL, Chromium, the shared data) skip themselves on a bare
 * machine. CI sets {@value #REQUIRE_ALL}=true, which turns every such skip into a failure, so there
 * every test really runs.
 */
public final class NeedsEnvironment {

    public static final String REQUIRE_ALL = "FACTDESK_REQUIRE_ALL_TESTS";

    private NeedsEnvironment() {
    }

    public static ConditionEvaluationResult missing(String what) {
        if (Boolean.parseBoolean(System.getenv(REQUIRE_ALL))) {
            throw new IllegalStateException(what + " is missing, and " + REQUIRE_ALL + " is true: this test must run here.");
        }
        return ConditionEvaluationResult.disabled("Skipped: " + what + " is not available on this machine (set up by .ci/run).");
    }
}

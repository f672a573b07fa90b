package org.factdesk.workflow.intake;

/**
 * Who submits a claim: a person at the desk (by username) or an integration (by its token's name),
 * which the event log records as "integration:NAME".
 */
public record Submitter(String name, boolean integration) {

    public static final String INTEGRATION_PREFIX = "integration:";

    public static Submitter person(String username) {
        return new Submitter(username, false);
    }

    /** Reads a principal name: integrations are named with {@value #INTEGRATION_PREFIX}. */
    public static Submitter fromPrincipal(String principal) {
        return principal.startsWith(INTEGRATION_PREFIX) ? new Submitter(principal, true) : person(principal);
    }
}

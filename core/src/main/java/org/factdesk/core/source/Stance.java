package org.factdesk.core.source;

/** What a cited source does for the claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}

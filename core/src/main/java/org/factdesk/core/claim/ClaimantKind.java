package org.factdesk.core.claim;

public enum ClaimantKind {
    PERSON,
    ORGANISATION
}

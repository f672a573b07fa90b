package org.factdesk.core.detection;

/**
 * A sentence with the ClaimBuster verdict given to it: 1 check-worthy factual, 0 unimportant
 * factual, -1 not factual. {@code debate} groups sentences for cross-validation.
 */
record LabelledSentence(String text, int verdict, String debate) {

    boolean checkWorthy() {
        return verdict == 1;
    }
}

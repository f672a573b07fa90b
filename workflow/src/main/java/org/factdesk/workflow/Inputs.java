package org.factdesk.workflow;

import org.factdesk.core.Refusal;

/** Checks on what people type, refusing in the same words wherever a field is required. */
public final class Inputs {

    private Inputs() {
    }

    /** The text without its surrounding blanks; refused with the sentence, naming the field, when blank or missing. */
    public static String requireText(String value, String field, String sentence) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, sentence);
        }
        return value.strip();
    }
}

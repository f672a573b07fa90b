package org.factdesk.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person can do to a claim's review state. {@link #apiName()} is the public contract. */
public enum Action {
    ACCEPT,
    DISMISS,
    CLAIM,
    ASSIGN,
    RELEASE,
    SUBMIT,
    APPROVE,
    REQUEST_CHANGES,
    REOPEN;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Action> fromApiName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.apiName().equals(wanted)).findFirst();
    }

    public static String allApiNames() {
        return String.join(", ", Arrays.stream(values()).map(Action::apiName).toList());
    }
}

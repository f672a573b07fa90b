package org.factdesk.core.detection;

/**
 * Cheap hand-written signals of a checkable statement. Each cue owns one fixed feature bucket (its
 * ordinal), below the hashed n-gram buckets.
 */
enum Cue {
    HAS_NUMBER,
    HAS_YEAR,
    HAS_PERCENT,
    HAS_MONEY,
    HAS_MAGNITUDE,
    HAS_NUMBER_WORD,
    HAS_COMPARATIVE,
    HAS_SUPERLATIVE,
    NO_CAPITALISED_NAME,
    ONE_CAPITALISED_NAME,
    TWO_CAPITALISED_NAMES,
    MANY_CAPITALISED_NAMES,
    HAS_ACRONYM,
    VERY_SHORT,
    SHORT,
    MEDIUM,
    LONG,
    VERY_LONG,
    IS_QUESTION,
    HAS_PAST_TENSE,
    HAS_QUOTATION;

    /** Buckets reserved for cues; hashed features start here, leaving room for new cues. */
    static final int RESERVED_BUCKETS = 32;

    static {
        if (values().length > RESERVED_BUCKETS) {
            throw new IllegalStateException("more cues than reserved buckets");
        }
    }

    static Cue forLength(int tokens) {
        if (tokens < 5) {
            return VERY_SHORT;
        }
        if (tokens < 10) {
            return SHORT;
        }
        if (tokens < 20) {
            return MEDIUM;
        }
        return tokens < 35 ? LONG : VERY_LONG;
    }

    static Cue forCapitalisedNames(int names) {
        return switch (Math.min(names, 3)) {
            case 0 -> NO_CAPITALISED_NAME;
            case 1 -> ONE_CAPITALISED_NAME;
            case 2 -> TWO_CAPITALISED_NAMES;
            default -> MANY_CAPITALISED_NAMES;
        };
    }
}

/** Schema.org ClaimReview: our verdicts written as it, and other fact-checkers' records read from it. */
package org.factdesk.core.claimreview;

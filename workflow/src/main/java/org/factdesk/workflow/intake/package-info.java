/** How claims come in: submitted one by one, found in an article, or imported as other fact-checkers' ClaimReview. */
package org.factdesk.workflow.intake;

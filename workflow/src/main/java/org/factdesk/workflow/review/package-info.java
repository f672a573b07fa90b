/** The review rules: the transition table, the policy behind it, seats and double review, blind review, and performing a transition in one transaction. */
package org.factdesk.workflow.review;

/** A claim, its claimant, priority and review state. */
package org.factdesk.core.claim;

/** The review event log: every change to a claim, numbered gap-free in commit order, and the signal that one was appended. */
package org.factdesk.workflow.events;

/** A reviewer's research on a held claim: cited sources and the verdict draft. */
package org.factdesk.workflow.research;

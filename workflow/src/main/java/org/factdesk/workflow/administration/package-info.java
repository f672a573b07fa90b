/** The admins' work: people and their roles, and the desk's rating scale. */
package org.factdesk.workflow.administration;

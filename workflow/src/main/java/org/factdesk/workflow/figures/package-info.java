/** The desk's figures for the dashboard and the statistics API, read from claims and the event log. */
package org.factdesk.workflow.figures;

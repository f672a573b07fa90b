/** The desk's search index: every claim and fact-check in Lucene, kept current from the event log, for search and "already checked" matching. */
package org.factdesk.search;

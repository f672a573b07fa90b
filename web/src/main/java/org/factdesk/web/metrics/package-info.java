/** The desk's Micrometer metrics. */
package org.factdesk.web.metrics;

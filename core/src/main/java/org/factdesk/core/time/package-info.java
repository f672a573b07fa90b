/** The desk's clock, one for every rule that reads the time. */
package org.factdesk.core.time;

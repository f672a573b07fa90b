/** The desk's settings, read from configuration. */
package org.factdesk.core.settings;

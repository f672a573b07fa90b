/** Check-worthiness: scoring a sentence as a claim worth checking, with its training and evaluation commands. */
package org.factdesk.core.detection;

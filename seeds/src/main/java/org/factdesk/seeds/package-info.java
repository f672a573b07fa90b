/** The demo desk: the seed article's claims, the demo people and the default rating scale. */
package org.factdesk.seeds;

/** Sources a reviewer cites, and where each stands on the claim. */
package org.factdesk.core.source;

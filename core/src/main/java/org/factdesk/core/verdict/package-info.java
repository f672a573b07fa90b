/** Verdicts, the rating scale and what was published, ours and imported. */
package org.factdesk.core.verdict;

/** Every refusal and bad request turned into problem+json or a page message, never a 500. */
package org.factdesk.web.problem;

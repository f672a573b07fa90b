/** Articles imported to find claims in. */
package org.factdesk.core.article;

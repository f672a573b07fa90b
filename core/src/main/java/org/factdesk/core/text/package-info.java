/** Text from articles: extraction, sentence splitting and guessing who made a claim. */
package org.factdesk.core.text;

/** The archive index: published fact-checks kept in Lucene and ranked against a new claim, so nobody checks a claim twice. */
package org.factdesk.search;

/** The bare Quarkus baseline the benchmark measures Factdesk against. */
package org.factdesk.bench;

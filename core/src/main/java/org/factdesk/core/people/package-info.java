/** People, roles, passwords and API tokens. */
package org.factdesk.core.people;

/** Online backups of the desk's H2 database, taken by an admin into the configured folder and listed from it. */
package org.factdesk.web.backup;

/** The REST API: thin resources that hand each call to the workflow, the search index or a view. */
package org.factdesk.web.api;

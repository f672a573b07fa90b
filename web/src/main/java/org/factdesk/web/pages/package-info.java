/** The pages for every role: page classes, their views and Qute templates. */
package org.factdesk.web.pages;

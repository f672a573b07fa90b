/** Webhook registration and delivery, with the guard that keeps receivers on the public internet. */
package org.factdesk.web.webhooks;

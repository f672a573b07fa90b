/** Sign-in, desk sessions, API tokens, throttling and security headers. */
package org.factdesk.web.security;

/** Who is signed in where, and the append-only security log of sign-ins, lock-outs, token use and admin actions. */
package org.factdesk.core.security;

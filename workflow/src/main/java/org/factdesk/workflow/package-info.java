/** The desk's work on claims, in packages by capability; here the words they share: the actions, who acts on what, concurrent-change handling and checks on typed input. */
package org.factdesk.workflow;

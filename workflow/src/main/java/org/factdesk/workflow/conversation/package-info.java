/** Notes between the people on a claim, their @mentions, and the notifications that tell each person what concerns them. */
package org.factdesk.workflow.conversation;

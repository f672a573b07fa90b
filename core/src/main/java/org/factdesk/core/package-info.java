/** The desk's model: entities, their finders and the pure rules that need no workflow; Refusal is every refusal the desk gives. */
package org.factdesk.core;

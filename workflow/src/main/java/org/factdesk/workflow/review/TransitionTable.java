package org.factdesk.workflow.review;

import static org.factdesk.core.claim.ReviewState.DISMISSED;
import static org.factdesk.core.claim.ReviewState.IN_RESEARCH;
import static org.factdesk.core.claim.ReviewState.IN_REVIEW;
import static org.factdesk.core.claim.ReviewState.NEW;
import static org.factdesk.core.claim.ReviewState.PUBLISHED;
import static org.factdesk.core.claim.ReviewState.READY;
import static org.factdesk.core.people.Role.EDITOR;
import static org.factdesk.core.people.Role.REVIEWER;
import static org.factdesk.workflow.Action.ACCEPT;
import static org.factdesk.workflow.Action.APPROVE;
import static org.factdesk.workflow.Action.ASSIGN;
import static org.factdesk.workflow.Action.CLAIM;
import static org.factdesk.workflow.Action.DISMISS;
import static org.factdesk.workflow.Action.RELEASE;
import static org.factdesk.workflow.Action.REOPEN;
import static org.factdesk.workflow.Action.REQUEST_CHANGES;
import static org.factdesk.workflow.Action.SUBMIT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.Action;

/**
 * Every move a claim can make, who may make it, and nothing else. Rules that need more than the
 * state and the person's role (two-person approval, required inputs, free seats) live in
 * {@link ReviewPolicy}; this table is checked first.
 */
public final class TransitionTable {

    /** Who may perform a transition: people in some roles, and/or the claim's assignees. */
    public record Performers(Set<Role> anyoneWithRole, Set<Role> assigneesWithRole) {

        public boolean includes(Role role, boolean isAssignee) {
            return anyoneWithRole.contains(role) || (isAssignee && assigneesWithRole.contains(role));
        }

        public boolean mayEverInclude(Role role) {
            return anyoneWithRole.contains(role) || assigneesWithRole.contains(role);
        }
    }

    public record Transition(Action action, Set<ReviewState> from, ReviewState to, Performers performers) {
    }

    private static final List<Transition> TRANSITIONS = List.of(
            transition(ACCEPT, from(NEW), READY, editors()),
            transition(DISMISS, from(NEW, READY), DISMISSED, editors()),
            // A second claimant of IN_RESEARCH gets in only when a second review seat is free.
            transition(CLAIM, from(READY, IN_RESEARCH), IN_RESEARCH, anyone(REVIEWER, EDITOR)),
            transition(ASSIGN, from(READY, IN_RESEARCH), IN_RESEARCH, editors()),
            // Back to READY once no assignee is left.
            transition(RELEASE, from(IN_RESEARCH), READY, assigneesOr(EDITOR)),
            // On to IN_REVIEW once every required verdict is in.
            transition(SUBMIT, from(IN_RESEARCH), IN_REVIEW, assigneesOnly()),
            transition(APPROVE, from(IN_REVIEW), PUBLISHED, editors()),
            transition(REQUEST_CHANGES, from(IN_REVIEW), IN_RESEARCH, editors()),
            transition(REOPEN, from(PUBLISHED), IN_RESEARCH, editors()));

    private TransitionTable() {
    }

    public static List<Transition> all() {
        return TRANSITIONS;
    }

    public static Transition of(Action action) {
        return TRANSITIONS.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    /** The transition this action makes from this state, if the state allows it at all. */
    public static Optional<Transition> find(ReviewState state, Action action) {
        Transition transition = of(action);
        return transition.from().contains(state) ? Optional.of(transition) : Optional.empty();
    }

    /** The actions someone in this role could take on a claim in this state. */
    public static List<Action> actionsFor(ReviewState state, Role role, boolean isAssignee) {
        return TRANSITIONS.stream()
                .filter(t -> t.from().contains(state) && t.performers().includes(role, isAssignee))
                .map(Transition::action)
                .toList();
    }

    private static Transition transition(Action action, Set<ReviewState> from, ReviewState to, Performers who) {
        return new Transition(action, from, to, who);
    }

    private static Set<ReviewState> from(ReviewState first, ReviewState... rest) {
        return EnumSet.of(first, rest);
    }

    private static Performers editors() {
        return new Performers(EnumSet.of(EDITOR), EnumSet.noneOf(Role.class));
    }

    private static Performers anyone(Role first, Role... rest) {
        return new Performers(EnumSet.of(first, rest), EnumSet.noneOf(Role.class));
    }

    private static Performers assigneesOr(Role role) {
        return new Performers(EnumSet.of(role), EnumSet.of(REVIEWER, EDITOR));
    }

    private static Performers assigneesOnly() {
        return new Performers(EnumSet.noneOf(Role.class), EnumSet.of(REVIEWER, EDITOR));
    }
}

package org.factdesk.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the transition table against the review rules as the desk describes them. The expected
 * table below is written from that description, not from the production table.
 */
class TransitionTableTest {

    /** Who may act: anyone holding one of {@code anyone}, or an assignee holding one of {@code assignees}. */
    private record Who(Set<Role> anyone, Set<Role> assignees) {

        boolean allows(Role role, boolean isAssignee) {
            return anyone.contains(role) || (isAssignee && assignees.contains(role));
        }
    }

    private record Rule(Set<ReviewState> from, ReviewState to, Who who) {
    }

    private static final Who EDITORS = new Who(EnumSet.of(Role.EDITOR), EnumSet.noneOf(Role.class));
    private static final Who REVIEWERS_AND_EDITORS =
            new Who(EnumSet.of(Role.REVIEWER, Role.EDITOR), EnumSet.noneOf(Role.class));
    private static final Who THE_ASSIGNEE_OR_ANY_EDITOR =
            new Who(EnumSet.of(Role.EDITOR), EnumSet.of(Role.REVIEWER, Role.EDITOR));
    private static final Who ONLY_THE_ASSIGNEE =
            new Who(EnumSet.noneOf(Role.class), EnumSet.of(Role.REVIEWER, Role.EDITOR));

    private static final Map<Action, Rule> EXPECTED = new EnumMap<>(Action.class);

    static {
        EXPECTED.put(Action.ACCEPT, new Rule(EnumSet.of(ReviewState.NEW), ReviewState.READY, EDITORS));
        EXPECTED.put(Action.DISMISS,
                new Rule(EnumSet.of(ReviewState.NEW, ReviewState.READY), ReviewState.DISMISSED, EDITORS));
        EXPECTED.put(Action.CLAIM, new Rule(EnumSet.of(ReviewState.READY, ReviewState.IN_RESEARCH),
                ReviewState.IN_RESEARCH, REVIEWERS_AND_EDITORS));
        EXPECTED.put(Action.ASSIGN, new Rule(EnumSet.of(ReviewState.READY, ReviewState.IN_RESEARCH),
                ReviewState.IN_RESEARCH, EDITORS));
        EXPECTED.put(Action.RELEASE,
                new Rule(EnumSet.of(ReviewState.IN_RESEARCH), ReviewState.READY, THE_ASSIGNEE_OR_ANY_EDITOR));
        EXPECTED.put(Action.SUBMIT,
                new Rule(EnumSet.of(ReviewState.IN_RESEARCH), ReviewState.IN_REVIEW, ONLY_THE_ASSIGNEE));
        EXPECTED.put(Action.APPROVE, new Rule(EnumSet.of(ReviewState.IN_REVIEW), ReviewState.PUBLISHED, EDITORS));
        EXPECTED.put(Action.REQUEST_CHANGES,
                new Rule(EnumSet.of(ReviewState.IN_REVIEW), ReviewState.IN_RESEARCH, EDITORS));
        EXPECTED.put(Action.REOPEN, new Rule(EnumSet.of(ReviewState.PUBLISHED), ReviewState.IN_RESEARCH, EDITORS));
    }

    private static boolean expectedAllowed(ReviewState state, Action action, Role role, boolean isAssignee) {
        Rule rule = EXPECTED.get(action);
        return rule.from().contains(state) && rule.who().allows(role, isAssignee);
    }

    private static Optional<ReviewState> expectedTarget(ReviewState state, Action action) {
        Rule rule = EXPECTED.get(action);
        return rule.from().contains(state) ? Optional.of(rule.to()) : Optional.empty();
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (ReviewState state : ReviewState.values()) {
            for (Action action : Action.values()) {
                for (Role role : Role.values()) {
                    for (boolean isAssignee : new boolean[] {false, true}) {
                        cases.add(Arguments.of(state, action, role, isAssignee,
                                expectedAllowed(state, action, role, isAssignee),
                                expectedTarget(state, action).map(Enum::name).orElse("none")));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + {1} by {2} (assignee: {3}) → allowed={4}, to={5}")
    @MethodSource("everyCombination")
    void eachCombinationIsAllowedExactlyWhenTheRulesSaySo(ReviewState state, Action action, Role role,
            boolean isAssignee, boolean allowed, String target) {
        assertThat(TransitionTable.actionsFor(state, role, isAssignee).contains(action))
                .as("%s may %s a %s claim (assignee: %s)", role, action.apiName(), state, isAssignee)
                .isEqualTo(allowed);
        assertThat(TransitionTable.find(state, action).map(t -> t.to().name()).orElse("none"))
                .as("target of %s from %s", action.apiName(), state)
                .isEqualTo(target);
    }

    @Test
    void theCombinationsCoverEveryStateActionRoleAndAssigneeFlag() {
        int expected = ReviewState.values().length * Action.values().length * Role.values().length * 2;
        assertThat(everyCombination().count()).isEqualTo(expected);
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void adminsMayDoNothingInAnyState() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(TransitionTable.actionsFor(state, Role.ADMIN, false)).as("admin on %s", state).isEmpty();
            assertThat(TransitionTable.actionsFor(state, Role.ADMIN, true)).as("admin assignee on %s", state)
                    .isEmpty();
        }
    }

    @Test
    void reviewerCannotApproveAnything() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(TransitionTable.actionsFor(state, Role.REVIEWER, true)).doesNotContain(Action.APPROVE);
            assertThat(TransitionTable.actionsFor(state, Role.REVIEWER, false)).doesNotContain(Action.APPROVE);
        }
    }

    @Test
    void reviewerWhoIsNotAssignedMayOnlyClaim() {
        assertThat(TransitionTable.actionsFor(ReviewState.IN_RESEARCH, Role.REVIEWER, false))
                .containsExactly(Action.CLAIM);
        assertThat(TransitionTable.actionsFor(ReviewState.READY, Role.REVIEWER, false))
                .containsExactly(Action.CLAIM);
    }

    @Test
    void assignedReviewerMayClaimReleaseAndSubmitDuringResearch() {
        assertThat(TransitionTable.actionsFor(ReviewState.IN_RESEARCH, Role.REVIEWER, true))
                .containsExactlyInAnyOrder(Action.CLAIM, Action.RELEASE, Action.SUBMIT);
    }

    @Test
    void editorWhoIsNotAssignedMayReleaseButNotSubmit() {
        assertThat(TransitionTable.actionsFor(ReviewState.IN_RESEARCH, Role.EDITOR, false))
                .contains(Action.RELEASE)
                .doesNotContain(Action.SUBMIT);
        assertThat(TransitionTable.actionsFor(ReviewState.IN_RESEARCH, Role.EDITOR, true))
                .contains(Action.RELEASE, Action.SUBMIT);
    }

    @Test
    void nothingLeavesADismissedClaim() {
        for (Action action : Action.values()) {
            assertThat(TransitionTable.find(ReviewState.DISMISSED, action)).as(action.apiName()).isEmpty();
        }
    }

    @Test
    void everyActionHasExactlyOneTransition() {
        assertThat(TransitionTable.all()).extracting(TransitionTable.Transition::action)
                .containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void actionNamesAreLowerCaseWithHyphens() {
        assertThat(Stream.of(Action.values()).map(Action::apiName)).containsExactly(
                "accept", "dismiss", "claim", "assign", "release", "submit", "approve", "request-changes", "reopen");
    }

    @Test
    void everyActionNameReadsBackAsTheSameAction() {
        for (Action action : Action.values()) {
            assertThat(Action.fromApiName(action.apiName())).as(action.apiName()).contains(action);
        }
    }

    @Test
    void actionNamesAreReadRegardlessOfCaseAndSurroundingSpace() {
        assertThat(Action.fromApiName("  Request-Changes ")).contains(Action.REQUEST_CHANGES);
        assertThat(Action.fromApiName("APPROVE")).contains(Action.APPROVE);
    }

    @Test
    void unknownActionNamesGiveNothing() {
        assertThat(Action.fromApiName("publish")).isEmpty();
        assertThat(Action.fromApiName("requestchanges")).isEmpty();
        assertThat(Action.fromApiName("")).isEmpty();
        assertThat(Action.fromApiName(null)).isEmpty();
    }
}

package org.factdesk.workflow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void eachMentionedUsernameIsFoundOnceInOrderWithoutTheSentencesPunctuation() {
        assertThat(Mentions.in("@edna, can you look? @remy.okafor: yes. And @edna again.")).containsExactly("edna", "remy.okafor");
    }

    @Test
    void anEmailAddressMentionsNoOne() {
        assertThat(Mentions.in("Write to press@council.example or @Rita")).containsExactly("rita");
    }

    @Test
    void aNoteWithoutMentionsMentionsNoOne() {
        assertThat(Mentions.in("The figure is from 2019 @ 3%.")).isEmpty();
        assertThat(Mentions.in(null)).isEmpty();
    }
}

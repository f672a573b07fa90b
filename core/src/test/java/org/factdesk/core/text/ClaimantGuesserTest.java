package org.factdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimantGuesserTest {

    @Test
    void aSpeakerAfterAQuoteIsTheClaimant() {
        assertThat(ClaimantGuesser.guess("“This is naked bullying and should be opposed,” Wang said."))
                .contains("Wang");
    }

    @Test
    void accordingToNamesTheClaimant() {
        assertThat(ClaimantGuesser.guess("According to ByteDance, a third of the US uses TikTok.")).contains("ByteDance");
        assertThat(ClaimantGuesser.guess("Exports fell 4 percent, according to the World Trade Organization."))
                .contains("World Trade Organization");
    }

    @Test
    void aSubjectWithAnAttributionVerbIsTheClaimant() {
        assertThat(ClaimantGuesser.guess("Mike Pompeo claimed that the apps were untrusted.")).contains("Mike Pompeo");
        assertThat(ClaimantGuesser.guess("The yuan could rise, Morgan Stanley said.")).contains("Morgan Stanley");
    }

    @Test
    void aTitledSpeakerAtTheEndIsTheClaimant() {
        assertThat(ClaimantGuesser.guess("This is naked bullying and should be opposed and rejected, said China's Foreign Minister."))
                .contains("China's Foreign Minister");
    }

    @Test
    void aHeadlineWithAReportingVerbNamesItsSource() {
        assertThat(ClaimantGuesser.guess("China's Yuan Could Become World's 3rd Largest Reserve Currency in 10 Years, Morgan Stanley Forecasts"))
                .contains("Morgan Stanley");
    }

    @Test
    void pronounsAndUnattributedSentencesGiveNoGuess() {
        assertThat(ClaimantGuesser.guess("He said the figures were wrong.")).isEmpty();
        assertThat(ClaimantGuesser.guess("The US blacklisted the tech giant in 2019.")).isEmpty();
    }

    @Test
    void aReportOfSomeoneNamesWhoseReportItIs() {
        assertThat(ClaimantGuesser.guess("According to the council's report, rents rose 12 percent.")).contains("council");
        assertThat(ClaimantGuesser.guess("The Treasury's report says debt will fall by 2027.")).contains("Treasury");
        assertThat(ClaimantGuesser.guess("Ofgem's figures show bills rose a third.")).contains("Ofgem");
    }

    @Test
    void someoneWhoToldReportersIsTheClaimant() {
        assertThat(ClaimantGuesser.guess("Mayor Ana Silva told reporters the bridge would reopen in May."))
                .contains("Mayor Ana Silva");
        assertThat(ClaimantGuesser.guess("The bridge will reopen in May, Ana Silva told reporters.")).contains("Ana Silva");
    }
}

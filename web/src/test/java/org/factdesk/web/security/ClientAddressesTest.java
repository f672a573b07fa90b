package org.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxy = new ClientAddresses(Set.of("10.0.0.2", "10.0.0.3"));

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddressWithTheHeader() {
        assertThat(behindProxy.fromHeader("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(new ClientAddresses(Set.of()).fromHeader("10.0.0.2", List.of("198.51.100.1"))).isEqualTo("10.0.0.2");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("6.6.6.6, 198.51.100.1, 10.0.0.3"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheLastTrustedOne() {
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("<script>"))).isEqualTo("10.0.0.2");
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("198.51.100.1, unknown, 10.0.0.3"))).isEqualTo("10.0.0.3");
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of(""))).isEqualTo("10.0.0.2");
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtTheFarthestOfThem() {
        assertThat(behindProxy.fromHeader("10.0.0.2", List.of("10.0.0.3"))).isEqualTo("10.0.0.3");
    }
}

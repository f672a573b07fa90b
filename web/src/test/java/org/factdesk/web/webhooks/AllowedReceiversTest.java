package org.factdesk.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedReceiversTest {

    private final AllowedReceivers allowed = AllowedReceivers.of(List.of("hooks.internal", " 10.20.0.0/16", "fd00:1::/32",
            "192.168.7.7", ""));

    @Test
    void aNameIsAllowedExactlyWithoutCaseOrTheTrailingDot() {
        assertThat(allowed.allowsName("hooks.internal")).isTrue();
        assertThat(allowed.allowsName("HOOKS.Internal.")).isTrue();
        assertThat(allowed.allowsName("evil.hooks.internal")).isFalse();
        assertThat(allowed.allowsName("hooks.internal.evil.example")).isFalse();
    }

    @Test
    void anIpv4RangeAllowsItsAddressesOnly() throws UnknownHostException {
        assertThat(allowed.allowsAddress(ip("10.20.0.0"))).isTrue();
        assertThat(allowed.allowsAddress(ip("10.20.255.255"))).isTrue();
        assertThat(allowed.allowsAddress(ip("10.21.0.1"))).isFalse();
        assertThat(allowed.allowsAddress(ip("10.19.255.255"))).isFalse();
    }

    @Test
    void aLoneAddressIsARangeOfOne() throws UnknownHostException {
        assertThat(allowed.allowsAddress(ip("192.168.7.7"))).isTrue();
        assertThat(allowed.allowsAddress(ip("192.168.7.8"))).isFalse();
        assertThat(allowed.allowsName("192.168.7.7")).as("an address is not a name").isFalse();
    }

    @Test
    void anIpv6RangeAllowsItsAddressesAndNoIpv4Ones() throws UnknownHostException {
        assertThat(allowed.allowsAddress(ip("fd00:1:ffff::1"))).isTrue();
        assertThat(allowed.allowsAddress(ip("fd00:2::1"))).isFalse();
        assertThat(AllowedReceivers.of(List.of("::/0")).allowsAddress(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void aPrefixThatIsNotAWholeByteCountsBits() throws UnknownHostException {
        AllowedReceivers range = AllowedReceivers.of(List.of("172.16.0.0/12"));

        assertThat(range.allowsAddress(ip("172.31.255.255"))).isTrue();
        assertThat(range.allowsAddress(ip("172.32.0.0"))).isFalse();
        assertThat(range.allowsAddress(ip("172.15.255.255"))).isFalse();
    }

    @Test
    void nothingIsAllowedByDefault() throws UnknownHostException {
        assertThat(AllowedReceivers.none().allowsName("localhost")).isFalse();
        assertThat(AllowedReceivers.none().allowsAddress(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void aMistypedRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> AllowedReceivers.of(List.of("10.20.0.0/33"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.20.0.0/33");
        assertThatThrownBy(() -> AllowedReceivers.of(List.of("10.20.0/16"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.20.0/16");
        assertThatThrownBy(() -> AllowedReceivers.of(List.of("hooks.internal/24"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hooks.internal/24");
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}

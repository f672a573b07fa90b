package org.factdesk.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InternalNetworksTest {

    @ParameterizedTest(name = "{0} is {1} address")
    @CsvSource({
            "127.0.0.1, a loopback", "127.45.6.7, a loopback", "::1, a loopback",
            "169.254.169.254, a link-local", "169.254.0.1, a link-local", "fe80::1, a link-local", "febf::1, a link-local",
            "10.0.0.5, a private", "10.255.255.255, a private", "172.16.0.1, a private", "172.31.255.254, a private",
            "192.168.1.1, a private",
            "fc00::1, a unique-local", "fd12:3456::1, a unique-local",
            "100.64.0.1, a carrier-grade NAT", "100.127.255.254, a carrier-grade NAT",
            "224.0.0.1, a multicast", "239.255.255.250, a multicast", "ff02::1, a multicast",
            "0.0.0.0, an unspecified", "0.1.2.3, an unspecified", "::, an unspecified",
            "255.255.255.255, the broadcast",
            "::ffff:127.0.0.1, a loopback", "::ffff:169.254.169.254, a link-local", "::ffff:10.0.0.5, a private",
            "::127.0.0.1, a loopback", "64:ff9b::10.0.0.5, a private", "64:ff9b::a9fe:a9fe, a link-local"})
    void anInternalAddressIsNamedForWhatItIs(String address, String kind) throws UnknownHostException {
        assertThat(InternalNetworks.kindOf(InetAddress.getByName(address))).contains(kind + " address");
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.167.255.255", "169.253.255.255", "11.0.0.1", "223.255.255.255", "2001:4860:4860::8888",
            "2606:4700::1111", "fbff::1", "64:ff9b::808:808"})
    void aPublicAddressIsNotInternal(String address) throws UnknownHostException {
        assertThat(InternalNetworks.kindOf(InetAddress.getByName(address))).as(address).isEmpty();
    }

    @Test
    void theDeprecatedSiteLocalIpv6RangeCountsAsPrivate() throws UnknownHostException {
        assertThat(InternalNetworks.kindOf(InetAddress.getByName("fec0::1"))).contains("a private address");
    }

    @Test
    void anIpv4MappedAddressHeldAsIpv6IsJudgedByTheIpv4AddressInside() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(address.isLoopbackAddress()).as("the JDK alone misses it").isFalse();
        assertThat(InternalNetworks.kindOf(address)).contains("a loopback address");
    }

    @Test
    void theJdkReadsTheMappedSpellingAsTheIpv4AddressItself() throws UnknownHostException {
        assertThat(InetAddress.getByName("::ffff:127.0.0.1")).isInstanceOf(Inet4Address.class).isEqualTo(
                InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void theJdkReadsADecimalNumberAsAnIpv4AddressSoItIsJudgedLikeOne() throws UnknownHostException {
        InetAddress decimal = InetAddress.getByName("2130706433");

        assertThat(decimal.getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(InternalNetworks.kindOf(decimal)).contains("a loopback address");
        assertThat(InetAddress.getByName("127.000.000.001").getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void theJdkReadsALeadingZeroAsDecimalWhereBrowsersReadOctalWhichIsWhyTheGuardRefusesSuchSpellings()
            throws UnknownHostException {
        assertThat(InetAddress.getByName("0177.0.0.1").getHostAddress()).isEqualTo("177.0.0.1");
    }

    @Test
    void theJdkDoesNotReadHexadecimalAsAnAddress() {
        assertThatThrownBy(() -> InetAddress.getByName("0x7f000001")).isInstanceOf(UnknownHostException.class);
    }
}

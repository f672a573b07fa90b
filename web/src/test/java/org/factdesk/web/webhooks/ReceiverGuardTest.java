package org.factdesk.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverGuardTest {

    /** Answers the names it was told, and reads IP literals as the JDK does; any other name has no address. */
    static final class KnownNames implements HostResolver {
        private final Map<String, List<InetAddress>> answers = new HashMap<>();

        KnownNames answer(String name, String... addresses) throws UnknownHostException {
            List<InetAddress> resolved = new ArrayList<>();
            for (String address : addresses) {
                resolved.add(InetAddress.getByName(address));
            }
            answers.put(name, resolved);
            return this;
        }

        @Override
        public List<InetAddress> addressesOf(String host) throws UnknownHostException {
            if (answers.containsKey(host)) {
                return answers.get(host);
            }
            if (host.contains(":") || Character.isDigit(host.charAt(host.length() - 1))) {
                return List.of(InetAddress.getAllByName(host));
            }
            throw new UnknownHostException(host);
        }
    }

    private final KnownNames names;
    private final ReceiverGuard publicOnly;

    ReceiverGuardTest() throws UnknownHostException {
        names = new KnownNames()
                .answer("hooks.example.com", "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c")
                .answer("sneaky.example.com", "93.184.215.14", "10.0.0.5")
                .answer("metadata.example.com", "169.254.169.254")
                .answer("hooks.internal", "10.20.0.8")
                .answer("wiki.internal", "10.20.3.4")
                .answer("db.internal", "10.30.0.2");
        publicOnly = new ReceiverGuard(AllowedReceivers.none(), names);
    }

    @Test
    void aReceiverOnThePublicInternetGetsEveryAddressOfItsName() throws Exception {
        assertThat(publicOnly.addressesFor(URI.create("https://hooks.example.com/in")))
                .extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    }

    @Test
    void aNameWithOneInternalAddressAmongPublicOnesIsRefused() {
        assertThatThrownBy(() -> publicOnly.addressesFor(URI.create("https://sneaky.example.com/in")))
                .isInstanceOf(ReceiverGuard.Refused.class)
                .hasMessageContaining("sneaky.example.com resolves to 10.0.0.5, which is a private address");
    }

    @Test
    void aNamePointingAtTheMetadataServiceIsRefused() {
        assertThatThrownBy(() -> publicOnly.addressesFor(URI.create("http://metadata.example.com/latest/meta-data/")))
                .isInstanceOf(ReceiverGuard.Refused.class).hasMessageContaining("a link-local address");
    }

    @Test
    void localhostIsRefusedUnlessItIsAllowed() throws Exception {
        ReceiverGuard system = new ReceiverGuard(AllowedReceivers.none(), new SystemHostResolver());

        assertThatThrownBy(() -> system.addressesFor(URI.create("http://localhost:5432/")))
                .isInstanceOf(ReceiverGuard.Refused.class).hasMessageContaining("localhost resolves to")
                .hasMessageContaining("a loopback address");
        ReceiverGuard allowingLocalhost = new ReceiverGuard(AllowedReceivers.of(List.of("localhost")), new SystemHostResolver());
        assertThat(allowingLocalhost.addressesFor(URI.create("http://localhost:5432/"))).allMatch(InetAddress::isLoopbackAddress);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.0.0.1:5432/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
            "http://[fe80::1]/", "http://10.0.0.5/", "http://172.16.0.1/", "http://192.168.1.1/", "http://[fd00::1]/",
            "http://100.64.0.1/", "http://224.0.0.1/", "http://[ff02::1]/", "http://0.0.0.0/", "http://[::]/",
            "http://255.255.255.255/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
            "http://receiver.example@127.0.0.1/"})
    void anInternalAddressIsRefused(String url) {
        assertThatThrownBy(() -> publicOnly.addressesFor(URI.create(url))).isInstanceOf(ReceiverGuard.Refused.class)
                .hasMessageContaining("webhooks go only to receivers on the public internet");
    }

    @ParameterizedTest(name = "{0} is refused for its spelling")
    @ValueSource(strings = {"http://2130706433/", "http://0x7f000001/", "http://0X7F000001/", "http://0177.0.0.1/",
            "http://127.000.000.001/", "http://0/", "http://017700000001/", "http://127.0.0.01/"})
    void anIpAddressInAnUnusualSpellingIsRefusedBeforeAnyLookup(String url) {
        assertThatThrownBy(() -> noLookups().addressesFor(URI.create(url))).isInstanceOf(ReceiverGuard.Refused.class)
                .hasMessageContaining("unusual spelling");
    }

    /** java.net.URI reads no host at all in these, so they never reach a lookup either. */
    @ParameterizedTest(name = "{0} has no host")
    @ValueSource(strings = {"http://127.1/", "http://0x7f.0.0.1/", "http://10.0.0.5./", "http://www.example.0x1/"})
    void anAddressWhoseHostJavaCannotReadIsRefused(String url) {
        assertThatThrownBy(() -> noLookups().addressesFor(URI.create(url))).isInstanceOf(ReceiverGuard.Refused.class)
                .hasMessageContaining("no host");
    }

    private static ReceiverGuard noLookups() {
        return new ReceiverGuard(AllowedReceivers.none(), host -> {
            throw new AssertionError("looked up " + host);
        });
    }

    @Test
    void aNameThatDoesNotResolveIsUnknown() {
        assertThatThrownBy(() -> publicOnly.addressesFor(URI.create("https://receiver.example/")))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void anAllowedNameMayResolveInside() throws Exception {
        ReceiverGuard guard = new ReceiverGuard(AllowedReceivers.of(List.of("hooks.internal")), names);

        assertThat(guard.addressesFor(URI.create("http://HOOKS.internal:8080/in"))).extracting(InetAddress::getHostAddress)
                .containsExactly("10.20.0.8");
        assertThatThrownBy(() -> guard.addressesFor(URI.create("http://wiki.internal/"))).isInstanceOf(ReceiverGuard.Refused.class);
    }

    @Test
    void anAllowedRangeLetsItsAddressesInByAnyNameAndNoOthers() throws Exception {
        ReceiverGuard guard = new ReceiverGuard(AllowedReceivers.of(List.of("10.20.0.0/16", "fd00:1::/32")), names);

        assertThat(guard.addressesFor(URI.create("http://wiki.internal/"))).isNotEmpty();
        assertThat(guard.addressesFor(URI.create("http://10.20.9.9/"))).isNotEmpty();
        assertThat(guard.addressesFor(URI.create("http://[fd00:1::5]/"))).isNotEmpty();
        assertThatThrownBy(() -> guard.addressesFor(URI.create("http://db.internal/"))).isInstanceOf(ReceiverGuard.Refused.class);
        assertThatThrownBy(() -> guard.addressesFor(URI.create("http://127.0.0.1/"))).isInstanceOf(ReceiverGuard.Refused.class);
    }
}

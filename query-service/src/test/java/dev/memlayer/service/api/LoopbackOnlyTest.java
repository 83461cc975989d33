package dev.memlayer.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.memlayer.service.support.IndexedRepoProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The shipped configuration binds loopback with socket timeouts and a body limit, and the running
 * service is really unreachable on this machine's other addresses.
 */
@QuarkusTest
@TestProfile(IndexedRepoProfile.class)
class LoopbackOnlyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shippedConfig_bindsLoopbackWithTimeoutsAndLimits() throws IOException {
        Properties props = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            props.load(in);
        }
        assertThat(props.getProperty("quarkus.http.host")).isEqualTo("127.0.0.1");
        assertThat(props.getProperty("quarkus.http.idle-timeout")).isEqualTo("30s");
        assertThat(props.getProperty("quarkus.http.read-timeout")).isEqualTo("10s");
        assertThat(props.getProperty("quarkus.http.limits.max-body-size")).isEqualTo("1M");
        assertThat(props.stringPropertyNames()).noneMatch(k -> k.contains("token"));
        assertThat(ConfigProvider.getConfig().getValue("quarkus.http.host", String.class)).isEqualTo("127.0.0.1");
    }

    @Test
    void runningService_isNotReachableOnOtherAddresses() throws IOException {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(other.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), root.getPort()), 2_000);
            assertThat(loopback.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), root.getPort()), 2_000);
            }
        }).as("connect to %s:%d", other.get(), root.getPort()).isInstanceOf(IOException.class);
    }
}

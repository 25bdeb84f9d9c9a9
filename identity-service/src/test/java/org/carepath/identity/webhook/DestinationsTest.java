package org.carepath.identity.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.carepath.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationsTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "fe80::1", "fd00::1", "224.0.0.1" })
    void internalAddressesAreRefused(String address) throws UnknownHostException {
        assertTrue(Destinations.isInternal(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "81.144.0.1", "100.128.0.1", "2a00:1450::1" })
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertFalse(Destinations.isInternal(InetAddress.getByName(address)));
    }

    @Test
    void httpsToAPublicAddressIsAllowed() throws UnknownHostException {
        var uri = URI.create("https://hooks.council.example/carepath");
        assertEquals(uri, Destinations.allowed(uri, List.of(InetAddress.getByName("81.144.0.1")), false));
    }

    @Test
    void plainHttpIsNot() {
        assertThrows(InvalidInput.class, () -> Destinations.allowed(URI.create("http://hooks.council.example/carepath"),
                List.of(InetAddress.getByName("81.144.0.1")), false));
    }

    @Test
    void aHostWithOnePrivateAddressAmongPublicOnesIsRefused() {
        assertThrows(InvalidInput.class, () -> Destinations.allowed(URI.create("https://hooks.council.example/carepath"),
                List.of(InetAddress.getByName("81.144.0.1"), InetAddress.getByName("10.0.0.7")), false));
    }

    @Test
    void loopbackOnlyWhereConfiguredThenPlainHttpToo() throws UnknownHostException {
        var uri = URI.create("http://127.0.0.1:8099/hook");
        var loopback = List.of(InetAddress.getByName("127.0.0.1"));
        assertThrows(InvalidInput.class, () -> Destinations.allowed(uri, loopback, false));
        assertEquals(uri, Destinations.allowed(uri, loopback, true));
    }
}

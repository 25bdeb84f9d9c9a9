package org.carepath.identity.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;

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
}

package org.carepath.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The tool finds deploy/ports.env from inside the repository (tests run in benchmarks/), and every port it uses is there. */
class PortsTest {

    @Test
    void everyPortTheToolUsesIsDeclaredAndApart() {
        List<Integer> ports = Stream.concat(Services.SERVICES.stream().map(Ports::http),
                Stream.of(Ports.keycloak(), Ports.kafka(), Ports.postgres())).toList();
        assertEquals(ports.size(), Set.copyOf(ports).size(), "each part listens on its own port: " + ports);
        ports.forEach(port -> assertTrue(port > 0 && port < 65536, port + " is a TCP port"));
    }
}

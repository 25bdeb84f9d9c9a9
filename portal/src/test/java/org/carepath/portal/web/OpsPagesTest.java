package org.carepath.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class OpsPagesTest {

    @Test
    void aServiceThatCannotBeReadIsSaidAsAnEngineerWouldSayIt() {
        assertEquals("it does not answer at its address: is it running? (Connection refused: /127.0.0.1:8082)",
                OpsPages.unreachable(new RuntimeException(new ConnectException("Connection refused: /127.0.0.1:8082"))));
        assertEquals("it did not answer in time: it may be overloaded or stuck",
                OpsPages.unreachable(new TimeoutException()));
        assertEquals("it could not be read: no metrics", OpsPages.unreachable(new IllegalStateException("no metrics")));
    }
}

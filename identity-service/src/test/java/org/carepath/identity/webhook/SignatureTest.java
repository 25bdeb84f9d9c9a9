package org.carepath.identity.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The test vector of the Standard Webhooks reference libraries (libraries/java WebhookTest, verifyWebhookSignWorks). */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void signsWithEverySecretNewestFirstSpaceSeparated() {
        String header = Signature.header(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Signature.newSecret()),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signatures[0]);
        assertTrue(signatures[1].startsWith("v1,"));
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesAfterThePrefix() {
        String secret = Signature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertNotEquals(secret, Signature.newSecret());
    }
}

package dev.diffkernel.kernel;

import dev.diffkernel.kernel.wire.ConnectionInfo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmUpTest {
    @Test
    void warmUpListensOnLoopbackOnlyWithAFreshRandomKey() throws Exception {
        ConnectionInfo first = WarmUp.connection();
        ConnectionInfo second = WarmUp.connection();
        assertEquals("127.0.0.1", first.ip());
        assertEquals("hmac-sha256", first.signatureScheme());
        assertTrue(first.key().matches("[0-9a-f]{64}"), first.key());
        assertNotEquals(first.key(), second.key());
        assertNotEquals("warm-up", first.key());
    }
}

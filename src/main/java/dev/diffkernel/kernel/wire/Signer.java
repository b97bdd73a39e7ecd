package dev.diffkernel.kernel.wire;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Signs and verifies message frames with the HMAC named by the connection file. An empty key
 * disables signing, as the protocol allows. Thread-safe: each thread signs with a {@link Mac} of
 * its own, made once (looking one up for each message cost the shell thread a provider search).
 */
final class Signer {
    private final SecretKeySpec key;
    private final String algorithm;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    Signer(String scheme, String key) {
        if (key.isEmpty()) {
            this.key = null;
            this.algorithm = null;
            return;
        }
        if (!scheme.startsWith("hmac-")) {
            throw new IllegalArgumentException("Unsupported signature scheme '" + scheme + "'; expected hmac-sha256");
        }
        this.algorithm = "Hmac" + scheme.substring(5).toUpperCase().replace("-", "");
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), algorithm);
        newMac(); // fail now, not at the first message, on an unknown algorithm
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    String sign(byte[]... frames) {
        if (key == null) {
            return "";
        }
        Mac mac = macs.get(); // doFinal leaves it reset for the next message
        for (byte[] frame : frames) {
            mac.update(frame);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Compares in constant time, so the signature cannot be guessed byte by byte. */
    boolean verify(String signature, byte[]... frames) {
        if (key == null) {
            return true;
        }
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

package dev.diffkernel.kernel.wire;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The connection file Jupyter hands a kernel: where to bind its five sockets and how to sign messages.
 * Immutable.
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int controlPort, int stdinPort,
                             int iopubPort, int heartbeatPort, String signatureScheme, String key) {
    public ConnectionInfo {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(signatureScheme, "signatureScheme");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Reads a connection file as written by {@code jupyter_client}.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a required field is missing
     */
    public static ConnectionInfo read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses the JSON of a connection file.
     *
     * @param source where the text came from, for the error message
     * @throws IllegalArgumentException if a required field is missing
     */
    public static ConnectionInfo parse(String text, String source) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        try {
            return new ConnectionInfo(
                    json.has("transport") ? json.get("transport").getAsString() : "tcp",
                    json.get("ip").getAsString(),
                    json.get("shell_port").getAsInt(),
                    json.get("control_port").getAsInt(),
                    json.get("stdin_port").getAsInt(),
                    json.get("iopub_port").getAsInt(),
                    json.get("hb_port").getAsInt(),
                    json.has("signature_scheme") ? json.get("signature_scheme").getAsString() : "hmac-sha256",
                    json.has("key") ? json.get("key").getAsString() : "");
        } catch (NullPointerException | UnsupportedOperationException | IllegalStateException e) {
            throw new IllegalArgumentException("Connection file " + source + " lacks a required field: " + json, e);
        }
    }

    /** The ZeroMQ address of a port, e.g. {@code tcp://127.0.0.1:5555}; ipc uses {@code ip-port} paths. */
    public String address(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}

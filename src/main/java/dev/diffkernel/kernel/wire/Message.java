package dev.diffkernel.kernel.wire;

import com.google.gson.JsonObject;

import java.util.List;
import java.util.Objects;

/**
 * One Jupyter message as it travels: routing identities, the four JSON parts and binary buffers.
 * The JSON parts are owned by the message; callers treat them as read-only.
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
                      JsonObject metadata, JsonObject content, List<byte[]> buffers) {
    public Message {
        identities = List.copyOf(identities);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(parentHeader, "parentHeader");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        buffers = List.copyOf(buffers);
    }

    /** The message type, e.g. {@code execute_request}; empty when the header has no string there. */
    public String type() {
        var type = header.get("msg_type");
        return type != null && type.isJsonPrimitive() && type.getAsJsonPrimitive().isString() ? type.getAsString() : "";
    }

    /** A string field of the content, or the fallback when it is absent or null. */
    public String string(String field, String fallback) {
        var value = content.get(field);
        return value == null || value.isJsonNull() ? fallback : value.getAsString();
    }

    /** A boolean field of the content, or the fallback when it is absent or null. */
    public boolean bool(String field, boolean fallback) {
        var value = content.get(field);
        return value == null || value.isJsonNull() ? fallback : value.getAsBoolean();
    }

    /** An integer field of the content, or the fallback when it is absent or null. */
    public int integer(String field, int fallback) {
        var value = content.get(field);
        return value == null || value.isJsonNull() ? fallback : value.getAsInt();
    }
}

package dev.diffkernel.kernel.wire;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Encodes and decodes the Jupyter wire format (protocol 5.3): identities, {@code <IDS|MSG>}, the
 * signature, header, parent header, metadata, content and buffers. Holds the signing key, this
 * kernel's session id and the signatures seen so far (to refuse replays); thread-safe.
 */
public final class Wire {
    /** The messaging protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    /** ISO 8601 with microseconds, which jupyter_client parses (basekernel cut dates to the minute). */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Signer signer;
    private final String session = UUID.randomUUID().toString();
    private final Gson gson = new Gson();
    /**
     * Signatures of the messages accepted so far, oldest first: a signed message captured on the
     * wire and sent again is refused, as jupyter_client's Session does (same bound, 2^16, and it
     * forgets the oldest tenth when full).
     */
    private final Set<String> seenSignatures = new LinkedHashSet<>();
    static final int SIGNATURE_HISTORY = 1 << 16;

    public Wire(String signatureScheme, String key) {
        this.signer = new Signer(signatureScheme, key);
    }

    /** Thrown for frames that are not a valid, correctly signed message; the message is dropped. */
    public static final class BadMessageException extends Exception {
        BadMessageException(String message) {
            super(message);
        }
    }

    /**
     * Decodes the frames of one message.
     *
     * @throws BadMessageException when the delimiter or a part is missing, the JSON is malformed or
     *     the signature does not match
     */
    public Message decode(List<byte[]> frames) throws BadMessageException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new BadMessageException("Malformed message: " + frames.size() + " frames, delimiter at " + delimiter);
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            throw new BadMessageException("Invalid signature on a message; ignored");
        }
        Message message;
        try {
            message = new Message(frames.subList(0, delimiter), object(header), object(parent), object(metadata),
                    object(content), frames.subList(delimiter + 6, frames.size()));
        } catch (JsonParseException | IllegalStateException e) {
            throw new BadMessageException("Malformed JSON in a message: " + e.getMessage());
        }
        if (message.type().isEmpty()) {
            throw new BadMessageException("Malformed message: header.msg_type is " + message.header().get("msg_type")
                    + ", not a message type; ignored");
        }
        if (!signature.isEmpty() && !firstSighting(signature)) {
            throw new BadMessageException("Replayed message (its signature was seen before); ignored");
        }
        return message;
    }

    private boolean firstSighting(String signature) {
        synchronized (seenSignatures) {
            if (!seenSignatures.add(signature)) {
                return false;
            }
            if (seenSignatures.size() > SIGNATURE_HISTORY) {
                Iterator<String> oldest = seenSignatures.iterator();
                for (int i = 0; i < SIGNATURE_HISTORY / 10; i++) {
                    oldest.next();
                    oldest.remove();
                }
            }
            return true;
        }
    }

    private static JsonObject object(byte[] json) {
        JsonElement element = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        return element.isJsonNull() ? new JsonObject() : element.getAsJsonObject();
    }

    /** Encodes a message into frames, signing it. */
    public List<byte[]> encode(Message message) {
        byte[] header = bytes(message.header());
        byte[] parent = bytes(message.parentHeader());
        byte[] metadata = bytes(message.metadata());
        byte[] content = bytes(message.content());
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        frames.addAll(message.buffers());
        return frames;
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A new message of {@code type} answering or caused by {@code parent} (null for none), sent back
     * to the parent's identities.
     *
     * @param content a JsonObject, or any object Gson can serialise into one (e.g. DisplayData)
     */
    public Message create(Message parent, String type, Object content) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "kernel");
        header.addProperty("date", DATE.format(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        JsonObject body = content instanceof JsonObject json ? json : gson.toJsonTree(content).getAsJsonObject();
        return new Message(parent == null ? List.of() : parent.identities(), header,
                parent == null ? new JsonObject() : parent.header(), new JsonObject(), body, List.of());
    }

    /** Same as {@link #create} but addressed to IOPub subscribers: the topic is the message type. */
    public Message publication(Message parent, String type, Object content) {
        Message message = create(parent, type, content);
        return new Message(List.of(type.getBytes(StandardCharsets.UTF_8)), message.header(),
                message.parentHeader(), message.metadata(), message.content(), List.of());
    }

    /** Serialises any object into a JSON object with this kernel's Gson. */
    public JsonObject toJson(Object value) {
        return gson.toJsonTree(value).getAsJsonObject();
    }
}

package dev.diffkernel.kernel.wire;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireTest {
    private final Wire wire = new Wire("hmac-sha256", "secret-key");

    private Message request() {
        JsonObject content = new JsonObject();
        content.addProperty("code", "1 + 1");
        Message created = wire.create(null, "execute_request", content);
        return new Message(List.of("client-id".getBytes(StandardCharsets.UTF_8)), created.header(),
                created.parentHeader(), created.metadata(), created.content(), List.of());
    }

    @Test
    void encodeThenDecodeGivesTheSameMessage() throws Exception {
        Message original = request();
        Message decoded = wire.decode(wire.encode(original));
        assertEquals("execute_request", decoded.type());
        assertEquals("1 + 1", decoded.string("code", ""));
        assertArrayEquals("client-id".getBytes(StandardCharsets.UTF_8), decoded.identities().get(0));
    }

    @Test
    void datesHaveMicrosecondsAndUtc() {
        String date = request().header().get("date").getAsString();
        assertTrue(date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), date);
    }

    @Test
    void replyGoesBackToTheRequestersIdentityWithItsHeaderAsParent() {
        Message request = request();
        Message reply = wire.create(request, "execute_reply", new JsonObject());
        assertEquals(request.header(), reply.parentHeader());
        assertArrayEquals(request.identities().get(0), reply.identities().get(0));
        assertEquals("5.3", reply.header().get("version").getAsString());
    }

    @Test
    void messageSignedWithAnotherKeyIsRejected() {
        List<byte[]> frames = new Wire("hmac-sha256", "wrong-key").encode(request());
        Wire.BadMessageException error = assertThrows(Wire.BadMessageException.class, () -> wire.decode(frames));
        assertEquals("Invalid signature on a message; ignored", error.getMessage());
    }

    @Test
    void tamperedContentIsRejected() {
        List<byte[]> frames = new ArrayList<>(wire.encode(request()));
        frames.set(frames.size() - 1, "{\"code\": \"System.exit(0)\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(Wire.BadMessageException.class, () -> wire.decode(frames));
    }

    @Test
    void framesWithoutDelimiterAreMalformed() {
        Wire.BadMessageException error = assertThrows(Wire.BadMessageException.class,
                () -> wire.decode(List.of("just one frame".getBytes(StandardCharsets.UTF_8))));
        assertEquals("Malformed message: 1 frames, delimiter at -1", error.getMessage());
    }

    @Test
    void emptyKeyMeansUnsigned() throws Exception {
        Wire unsigned = new Wire("hmac-sha256", "");
        List<byte[]> frames = unsigned.encode(unsigned.create(null, "kernel_info_request", new JsonObject()));
        assertEquals("", new String(frames.get(1), StandardCharsets.US_ASCII));
        assertEquals("kernel_info_request", unsigned.decode(frames).type());
    }

    @Test
    void publicationsUseTheMessageTypeAsTopic() {
        Message status = wire.publication(null, "status", new JsonObject());
        assertEquals("status", new String(status.identities().get(0), StandardCharsets.UTF_8));
    }

    @Test
    void replayedMessageIsRejected() throws Exception {
        List<byte[]> frames = wire.encode(request());
        assertEquals("execute_request", wire.decode(frames).type());
        Wire.BadMessageException error = assertThrows(Wire.BadMessageException.class, () -> wire.decode(frames));
        assertEquals("Replayed message (its signature was seen before); ignored", error.getMessage());
    }

    @Test
    void signatureHistoryForgetsTheOldestTenthWhenFull() throws Exception {
        List<byte[]> first = wire.encode(request());
        wire.decode(first);
        for (int i = 0; i < Wire.SIGNATURE_HISTORY; i++) {
            wire.decode(wire.encode(request()));
        }
        assertEquals("execute_request", wire.decode(first).type(), "the oldest signature was forgotten");
    }

    @Test
    void headerWithoutAStringMessageTypeIsMalformed() {
        for (String type : List.of("null", "{\"a\": 1}", "[1]", "7")) {
            Message valid = request();
            JsonObject header = valid.header().deepCopy();
            header.add("msg_type", com.google.gson.JsonParser.parseString(type));
            List<byte[]> frames = wire.encode(new Message(valid.identities(), header, valid.parentHeader(),
                    valid.metadata(), valid.content(), List.of()));
            Wire.BadMessageException error = assertThrows(Wire.BadMessageException.class, () -> wire.decode(frames));
            assertEquals("Malformed message: header.msg_type is " + type.replace(" ", "") + ", not a message type; ignored",
                    error.getMessage());
        }
    }

    @Test
    void typeOfAMessageWithoutAStringTypeIsEmpty() {
        JsonObject header = new JsonObject();
        header.add("msg_type", new JsonObject());
        assertEquals("", new Message(List.of(), header, new JsonObject(), new JsonObject(), new JsonObject(), List.of()).type());
    }
}

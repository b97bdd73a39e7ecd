package dev.diffkernel.kernel;

import com.google.gson.JsonObject;
import dev.diffkernel.kernel.wire.ConnectionInfo;
import dev.diffkernel.kernel.wire.Message;
import dev.diffkernel.kernel.wire.Sockets;
import dev.diffkernel.kernel.wire.Wire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JavaKernel}'s request handling, in process: a client of this test's own talks to the
 * kernel over loopback sockets, as a front end would, and every reply is matched by its parent.
 */
class KernelSessionTest {
    private static final int RECEIVE_MILLIS = 120_000; // generous: the machine may be busy
    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static InputStream originalIn;
    private static Sockets sockets;
    private static ZMQ.Context context;
    private static ZMQ.Socket shell;
    private static Wire wire;
    /** Replies that came before the one a test was waiting for. */
    private static final List<Message> early = new ArrayList<>();

    @BeforeAll
    static void startKernel() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        ConnectionInfo info = WarmUp.connection();
        sockets = new Sockets(info);
        new JavaKernel(sockets, () -> Main.newEvaluator(originalErr), () -> { }).start();
        context = ZMQ.context(1);
        shell = context.socket(SocketType.DEALER);
        shell.setReceiveTimeOut(RECEIVE_MILLIS);
        shell.connect(info.address(info.shellPort()));
        wire = new Wire(info.signatureScheme(), info.key());
    }

    @AfterAll
    static void stopKernel() {
        shell.close();
        context.close();
        sockets.close();
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    @Test
    void executeRepliesOkAndCountsTheCell() throws Exception {
        Message reply = replyTo(send("execute_request", cell("int twice = 21 * 2;")));
        assertEquals("ok", reply.string("status", ""));
        assertTrue(reply.integer("execution_count", 0) >= 1, reply.content().toString());
        assertEquals("ok", replyTo(send("execute_request", cell("twice"))).string("status", ""));
    }

    @Test
    void anErrorAbortsTheExecutionsQueuedBehindItButAnswersOtherRequests() throws Exception {
        // Sent together: the second and third wait in the socket while the first one runs.
        Message failing = send("execute_request", cell("Thread.sleep(200); if (true) throw new IllegalStateException(\"boom\");"));
        Message queued = send("execute_request", cell("int definedAfterTheError = 1;"));
        Message info = send("kernel_info_request", new JsonObject());

        Message failed = replyTo(failing);
        assertEquals("error", failed.string("status", ""));
        assertEquals("IllegalStateException", failed.string("ename", ""));
        assertEquals("aborted", replyTo(queued).string("status", ""));
        assertEquals("ok", replyTo(info).string("status", ""));
        Message later = replyTo(send("execute_request", cell("definedAfterTheError")));
        assertEquals("error", later.string("status", ""), "the aborted cell must not have run");
    }

    @Test
    void aRequestWhoseHandlerFailsGetsAnErrorReplyAndTheKernelKeepsServing() throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("code", "Math.ma");
        content.addProperty("cursor_pos", "not a number");
        Message reply = replyTo(send("complete_request", content));
        assertEquals("complete_reply", reply.type());
        assertEquals("error", reply.string("status", ""));
        assertEquals("ok", replyTo(send("kernel_info_request", new JsonObject())).string("status", ""));
    }

    @Test
    void anUnknownRequestIsIgnoredAndTheNextOneIsAnswered() throws Exception {
        send("no_such_request", new JsonObject());
        Message reply = replyTo(send("is_complete_request", cell("for (int i = 0; i < 2; i++) {")));
        assertEquals("incomplete", reply.string("status", ""));
    }

    private static String idOf(JsonObject header) {
        return header != null && header.has("msg_id") ? header.get("msg_id").getAsString() : "";
    }

    private static JsonObject cell(String code) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        content.addProperty("silent", false);
        content.addProperty("stop_on_error", true);
        return content;
    }

    private static synchronized Message send(String type, JsonObject content) {
        Message request = wire.create(null, type, content);
        List<byte[]> frames = wire.encode(request);
        for (int i = 0; i < frames.size(); i++) {
            shell.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
        return request;
    }

    /** The reply whose parent is {@code request}; replies to other requests wait for their turn. */
    private static synchronized Message replyTo(Message request) throws Exception {
        for (Message early : early) {
            if (idOf(request.header()).equals(idOf(early.parentHeader()))) {
                KernelSessionTest.early.remove(early);
                return early;
            }
        }
        while (true) {
            List<byte[]> frames = new ArrayList<>();
            do {
                byte[] frame = shell.recv(0);
                assertNotNull(frame, "no reply to " + request.type() + " within two minutes");
                frames.add(frame);
            } while (shell.hasReceiveMore());
            Message reply = wire.decode(frames);
            if (idOf(request.header()).equals(idOf(reply.parentHeader()))) {
                return reply;
            }
            early.add(reply);
        }
    }
}

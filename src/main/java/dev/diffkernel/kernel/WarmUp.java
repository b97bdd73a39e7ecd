package dev.diffkernel.kernel;

import com.google.gson.JsonObject;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.wire.ConnectionInfo;
import dev.diffkernel.kernel.wire.Message;
import dev.diffkernel.kernel.wire.Sockets;
import dev.diffkernel.kernel.wire.Wire;
import dev.diffkernel.render.Renderers;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code java -jar diffkernel.jar --warm-up}: the kernel serves a short session to a client of its
 * own over loopback sockets, then exits. install.sh runs it under {@code -XX:ArchiveClassesAtExit}
 * so that the class-data-sharing archive holds every class a real start loads (connection file,
 * JeroMQ, the wire format, JShell, renderers), not only the evaluator's.
 *
 * <p>The sockets are real TCP ones (so the archive holds what a real start loads), which any local
 * process could reach while the warm-up runs, perhaps as root: the session is therefore signed with
 * a random key made here, kept in memory and never written anywhere, and every message signed
 * otherwise is dropped. A fixed key would let anyone on the machine run code as the installer.
 */
final class WarmUp {
    /** What a first session typically does: a declaration, a value, printing, a formula, completion. */
    private static final List<String> CELLS = List.of(
            "var warmUp = 1 + 1;",
            "warmUp * 2",
            "System.out.println(warmUp);",
            "fn(\"x^2\").diff()",
            "%time Math.sqrt(2)");

    private WarmUp() {}

    /**
     * Serves the warm-up session and returns; the caller exits the JVM (which writes the archive).
     * Entry point of {@code --warm-up}, for any installer.
     */
    static void run(PrintStream console, CompletableFuture<JavaEvaluator> evaluator) throws Exception {
        ConnectionInfo info = connection();
        Sockets sockets = new Sockets(info);
        JavaKernel kernel = new JavaKernel(sockets, evaluator::join, () -> { });
        kernel.start();
        try (ZMQ.Context context = ZMQ.context(1); ZMQ.Socket shell = context.socket(SocketType.DEALER)) {
            shell.setReceiveTimeOut(120_000);
            shell.connect(info.address(info.shellPort()));
            Wire wire = new Wire(info.signatureScheme(), info.key());
            request(shell, wire, "kernel_info_request", new JsonObject());
            for (String cell : CELLS) {
                JsonObject content = new JsonObject();
                content.addProperty("code", cell);
                content.addProperty("silent", false);
                Message reply = request(shell, wire, "execute_request", content);
                if (!"ok".equals(reply.string("status", ""))) {
                    console.println("warm-up cell failed: " + cell + " " + reply.content());
                }
            }
            JsonObject complete = new JsonObject();
            complete.addProperty("code", "Math.ma");
            complete.addProperty("cursor_pos", 7);
            request(shell, wire, "complete_request", complete);
        } finally {
            sockets.close();
        }
        Renderers.warmUp(); // tables and plots too
        console.println("warm-up done");
    }

    private static Message request(ZMQ.Socket shell, Wire wire, String type, JsonObject content) throws Exception {
        List<byte[]> frames = wire.encode(wire.create(null, type, content));
        for (int i = 0; i < frames.size(); i++) {
            shell.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
        List<byte[]> reply = new ArrayList<>();
        do {
            byte[] frame = shell.recv(0);
            if (frame == null) {
                throw new IOException("no " + type.replace("request", "reply") + " within two minutes");
            }
            reply.add(frame);
        } while (shell.hasReceiveMore());
        return wire.decode(reply);
    }

    /** A loopback connection signed with a fresh random key that only this process knows. */
    static ConnectionInfo connection() throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("transport", "tcp");
        json.addProperty("ip", "127.0.0.1");
        int[] ports = freePorts(5);
        json.addProperty("shell_port", ports[0]);
        json.addProperty("control_port", ports[1]);
        json.addProperty("stdin_port", ports[2]);
        json.addProperty("iopub_port", ports[3]);
        json.addProperty("hb_port", ports[4]);
        json.addProperty("signature_scheme", "hmac-sha256");
        json.addProperty("key", randomKey());
        // parsed as a real start parses its file (the archive then holds those classes), but from memory
        return ConnectionInfo.parse(json.toString(), "of the warm-up");
    }

    /** 256 random bits in hex, as jupyter_client makes its keys. */
    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Ports free on the loopback address, all different: each is held until all are chosen, as the
     * system may hand out a port just let go again (two sockets of a kernel on one port failed to bind).
     */
    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] held = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                held[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : held) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}

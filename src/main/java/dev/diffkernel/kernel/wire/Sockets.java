package dev.diffkernel.kernel.wire;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel's five ZeroMQ sockets, bound to the ports of the connection file. Receiving blocks in
 * {@code poll} (no sleeping loop, so a reply leaves as soon as it is ready); each send is
 * serialised per socket because cells, the output flusher and the shell thread all publish.
 */
public final class Sockets implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Sockets.class.getName());

    private final ZMQ.Context context = ZMQ.context(1);
    private final Wire wire;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    /** One poller per receiving channel, made at start and used only under that channel's socket lock. */
    private final java.util.Map<Channel, ZMQ.Poller> pollers = new java.util.EnumMap<>(Channel.class);

    public Sockets(ConnectionInfo info) {
        this.wire = new Wire(info.signatureScheme(), info.key());
        this.shell = bind(SocketType.ROUTER, info.address(info.shellPort()));
        this.control = bind(SocketType.ROUTER, info.address(info.controlPort()));
        this.stdin = bind(SocketType.ROUTER, info.address(info.stdinPort()));
        this.iopub = bind(SocketType.PUB, info.address(info.iopubPort()));
        this.heartbeat = bind(SocketType.REP, info.address(info.heartbeatPort()));
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL, Channel.STDIN)) {
            ZMQ.Poller poller = context.poller(1);
            poller.register(socket(channel), ZMQ.Poller.POLLIN);
            pollers.put(channel, poller);
        }
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket socket = context.socket(type);
        socket.setLinger(1000);
        socket.bind(address);
        return socket;
    }

    public Wire wire() {
        return wire;
    }

    /** Which socket a message came in on, or goes out on. */
    public enum Channel { SHELL, CONTROL, STDIN, IOPUB }

    private ZMQ.Socket socket(Channel channel) {
        return switch (channel) {
            case SHELL -> shell;
            case CONTROL -> control;
            case STDIN -> stdin;
            case IOPUB -> iopub;
        };
    }

    /**
     * Waits up to {@code timeoutMillis} for the next valid message on {@code channel}. Badly signed
     * or malformed messages are logged and skipped.
     *
     * @return the message, or null when none arrived in time or the sockets are closed
     */
    public Message receive(Channel channel, long timeoutMillis) {
        ZMQ.Socket socket = socket(channel);
        synchronized (socket) {
            if (closed) {
                return null;
            }
            ZMQ.Poller poller = pollers.get(channel);
            {
                if (poller.poll(timeoutMillis) <= 0 || !poller.pollin(0)) {
                    return null;
                }
                List<byte[]> frames = new ArrayList<>();
                do {
                    byte[] frame = socket.recv(0);
                    if (frame == null) {
                        return null;
                    }
                    frames.add(frame);
                } while (socket.hasReceiveMore());
                try {
                    return wire.decode(frames);
                } catch (Wire.BadMessageException e) {
                    LOG.warning(channel + ": " + e.getMessage());
                    return null;
                }
            }
        }
    }

    /** Sends a message on {@code channel}; safe to call from any thread. */
    public void send(Channel channel, Message message) {
        ZMQ.Socket socket = socket(channel);
        List<byte[]> frames = wire.encode(message);
        synchronized (socket) {
            if (closed) {
                return;
            }
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
            }
        }
    }

    /**
     * Echoes heartbeats until {@link #close}; run on its own daemon thread, which alone owns the
     * heartbeat socket and closes it.
     */
    public void runHeartbeat() {
        ZMQ.Poller poller = context.poller(1);
        poller.register(heartbeat, ZMQ.Poller.POLLIN);
        try {
            while (!closed) {
                try {
                    if (poller.poll(200) > 0 && poller.pollin(0)) {
                        byte[] ping = heartbeat.recv(0);
                        if (ping != null) {
                            heartbeat.send(ping, 0);
                        }
                    }
                } catch (OutOfMemoryError full) {
                    // a cell filled the heap; the kernel frees room for itself, keep beating
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "heartbeat stopped", e);
        } finally {
            poller.close();
            heartbeat.close();
        }
    }

    private volatile boolean closed;

    /**
     * Closes the sockets, giving queued messages (a shutdown reply) up to a second to leave. The
     * other threads notice {@code closed} within one poll interval.
     */
    @Override
    public void close() {
        closed = true;
        for (Channel channel : Channel.values()) {
            ZMQ.Socket socket = socket(channel);
            synchronized (socket) {
                try {
                    ZMQ.Poller poller = pollers.remove(channel);
                    if (poller != null) {
                        poller.close();
                    }
                    socket.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "closing a socket", e);
                }
            }
        }
        context.term();
    }

    /** Whether {@link #close} has been called. */
    public boolean isClosed() {
        return closed;
    }
}

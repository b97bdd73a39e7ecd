package dev.diffkernel.kernel;

import dev.diffkernel.display.Display;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.diffkernel.kernel.eval.Brackets;
import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.Completion;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.eval.JavaEvaluator.Result;
import dev.diffkernel.kernel.magic.Magics;
import dev.diffkernel.kernel.wire.Message;
import dev.diffkernel.kernel.wire.Sockets;
import dev.diffkernel.kernel.wire.Sockets.Channel;
import dev.diffkernel.kernel.wire.Wire;
import dev.diffkernel.render.Renderers;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jupyter protocol for Java cells: answers shell and control requests, publishes outputs on
 * IOPub, and routes {@code System.out}/{@code System.err} and {@code display(...)} to the cell that
 * is running. One shell thread handles requests in order; a control thread handles interrupt and
 * shutdown even while a cell runs.
 */
public final class JavaKernel {
    private static final Logger LOG = Logger.getLogger(JavaKernel.class.getName());
    private static final long POLL_MILLIS = 200;

    private final Sockets sockets;
    private final Wire wire;
    private final CompletableFuture<CellRunner> runner;
    private final Renderer renderer = new Renderer();
    private final SessionHistory history = new SessionHistory();
    private final Runnable onShutdown;

    private volatile Message currentRequest; // parent of outputs; the last cell's, between cells
    private volatile boolean cellRunning;
    private MemoryGuard memoryGuard; // null when the JVM has nothing to watch
    private int executionCount = 1;
    private CellStream out;
    private CellStream err;
    /** The kernel's own System.out/err; a cell may replace System.out (even with null), not these. */
    private PrintStream outPrint;
    private PrintStream errPrint;
    private final OutputBudget outputBudget = new OutputBudget();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(daemon("output-flusher"));
    /** Makes the evaluator, then prepares JShell and the renderers when idle, and trims the heap. */
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(daemon("kernel-background"));
    private final IdleHeapTrim heapTrim = IdleHeapTrim.ofThisJvm(background);

    /**
     * @param sockets bound sockets
     * @param evaluator creates the evaluator; called on a background thread at start so the
     *     kernel answers {@code kernel_info} at once while JShell starts
     * @param onShutdown ends the process after a shutdown request has been answered
     */
    public JavaKernel(Sockets sockets, Supplier<JavaEvaluator> evaluator, Runnable onShutdown) {
        this.sockets = sockets;
        this.wire = sockets.wire();
        this.onShutdown = onShutdown;
        Renderers.registerAll(renderer);
        BasicRenderers.register(renderer);
        this.runner = CompletableFuture.supplyAsync(() -> new CellRunner(evaluator.get(), Magics.standard()), background);
        prepareWhenIdle();
    }

    /**
     * How long the kernel waits, idle, before it prepares what later cells may need: JShell's
     * start-up imports ({@link JavaEvaluator#prepareWhileIdle}), then the renderers' first-use costs
     * (Tablesaw's class-path scan and templates, Java2D's fonts: {@link Renderers#warmUp}), each
     * several tenths of a second of CPU. Never while cells run: a class of kernels starting together
     * on a shared machine, or "Run All", would pay for it at the worst moment, and a cell that
     * needs either sooner does that work itself.
     */
    static final long PREPARE_WHEN_IDLE_MILLIS = 500;
    /** The preparation waiting for the kernel to stay idle; guarded by this. */
    private Future<?> preparation;
    private volatile boolean prepared;

    private synchronized void prepareWhenIdle() {
        if (!prepared) {
            preparation = background.schedule(this::prepare, PREPARE_WHEN_IDLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void prepare() {
        runner.join().evaluator().prepareWhileIdle();
        if (!cellRunning) { // else the renderers wait for the next idle moment
            Renderers.warmUp();
            prepared = true;
        }
    }

    /** A cell starts: a preparation not yet begun waits for the next idle moment. */
    private synchronized void putOffPreparation() {
        if (preparation != null) {
            preparation.cancel(false);
            preparation = null;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Routes System.out/err to cells, starts the channel threads and says "starting". */
    public void start() {
        out = new CellStream(text -> publishStream("stdout", text), outputBudget);
        err = new CellStream(text -> publishStream("stderr", text), outputBudget);
        outPrint = new PrintStream(out, false, StandardCharsets.UTF_8);
        errPrint = new PrintStream(err, false, StandardCharsets.UTF_8);
        System.setOut(outPrint);
        System.setErr(errPrint);
        System.setIn(new StdinStream(this::askForLine));
        Display.connect(new KernelDisplaySink());
        flusher.scheduleWithFixedDelay(this::flushPeriodically, 50, 50, TimeUnit.MILLISECONDS);
        memoryGuard = MemoryGuard.install(reason -> {
            if (cellRunning) {
                LOG.warning("stopping the running cell: " + reason);
                runner.thenAccept(r -> r.evaluator().stopBecause(reason));
            }
        });
        if (memoryGuard != null) {
            JavaEvaluator.onOutOfMemory(memoryGuard::releaseReserve);
        }
        publish(null, "status", status("starting"));
        startThread("heartbeat", sockets::runHeartbeat);
        startThread("control", () -> serve(Channel.CONTROL));
        startThread("shell", () -> serve(Channel.SHELL));
    }

    private static void startThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(false);
        // serve() survives anything a request does; should a channel thread still die, say so
        thread.setUncaughtExceptionHandler((dead, t) -> LOG.log(Level.SEVERE, "kernel thread " + dead.getName() + " died", t));
        thread.start();
    }

    /**
     * The flusher's turn: text leaves {@value #HOLD_MILLIS} ms after the first of it was printed,
     * so that what a cell prints in a burst leaves in one piece and a re-run notebook stores the
     * same stream outputs (chunks cut every 50 ms would depend on timing).
     */
    private void flushPeriodically() {
        long now = System.nanoTime();
        try {
            // Not PrintStream.flush() before then: it flushes the CellStream beneath, which sends its
            // text at once (a burst of prints was cut wherever the 50 ms tick fell). A PrintStream
            // hands each print to the CellStream as it comes, so there is nothing to move meanwhile.
            if (out.waitingSince(now) >= HOLD_MILLIS || err.waitingSince(now) >= HOLD_MILLIS) {
                flushStreams();
            }
        } catch (Throwable t) { // even OutOfMemoryError: a dead flusher would never flush again
            LOG.log(Level.WARNING, "flushing cell output", t);
        }
    }

    private static final long HOLD_MILLIS = 250;

    private void flushStreams() {
        try {
            outPrint.flush();
            errPrint.flush();
            out.flush();
            err.flush();
        } catch (Throwable t) { // even OutOfMemoryError: a dead flusher would never flush again
            LOG.log(Level.WARNING, "flushing cell output", t);
        }
    }

    private void publishStream(String name, String text) {
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", text);
        publish(currentRequest, "stream", content);
    }

    private void publish(Message parent, String type, Object content) {
        sockets.send(Channel.IOPUB, wire.publication(parent, type, content));
    }

    private static JsonObject status(String state) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        return content;
    }

    /** Asks the front end of the running cell for a line of input; null when it cannot answer. */
    private String askForLine() {
        Message request = currentRequest;
        if (request == null || !request.bool("allow_stdin", false)) {
            return null;
        }
        flushStreams(); // the prompt the cell printed must show before the input box
        JsonObject content = new JsonObject();
        content.addProperty("prompt", "");
        content.addProperty("password", false);
        sockets.send(Channel.STDIN, wire.create(request, "input_request", content));
        while (!sockets.isClosed()) {
            Message reply = sockets.receive(Channel.STDIN, POLL_MILLIS);
            if (reply != null && reply.type().equals("input_reply")) {
                return reply.string("value", "");
            }
        }
        return null;
    }

    // ---- the request loop -----------------------------------------------------------------------

    private void serve(Channel channel) {
        while (!sockets.isClosed()) {
            try {
                Message request = sockets.receive(channel, POLL_MILLIS);
                if (request != null) {
                    handle(channel, request);
                }
            } catch (Throwable t) { // handle() answers what it can; this thread must outlive the rest
                try {
                    LOG.log(Level.SEVERE, "serving " + channel, t);
                } catch (Throwable alsoFailed) { // a full heap: logging allocates too
                    // nothing to do but go on serving
                }
            }
        }
    }

    /**
     * Handles one request. This is the one place that catches everything: whatever a handler throws
     * (even an Error) is logged and answered, so the channel thread keeps serving.
     */
    private void handle(Channel channel, Message request) {
        publish(request, "status", status("busy"));
        try {
            switch (request.type()) {
                case "execute_request" -> execute(channel, request);
                case "kernel_info_request" -> reply(channel, request, "kernel_info_reply", kernelInfo());
                case "complete_request" -> reply(channel, request, "complete_reply", complete(request));
                case "inspect_request" -> reply(channel, request, "inspect_reply", inspect(request));
                case "is_complete_request" -> reply(channel, request, "is_complete_reply", isComplete(request));
                case "history_request" -> reply(channel, request, "history_reply", history.reply(request));
                case "comm_info_request" -> reply(channel, request, "comm_info_reply", commInfo());
                case "interrupt_request" -> interrupt(channel, request);
                case "shutdown_request" -> shutdown(channel, request);
                case "comm_open" -> refuseComm(request);
                case "comm_msg", "comm_close" -> LOG.fine("ignoring " + request.type() + ": no comms");
                default -> LOG.warning("Unhandled message type " + request.type() + " on " + channel);
            }
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "Failure handling " + request.type(), t);
            if (request.type().endsWith("_request")) {
                String replyType = request.type().replace("_request", "_reply");
                JsonObject content = errorContent(t.getClass().getSimpleName(), String.valueOf(t.getMessage()),
                        List.of(t.toString()));
                content.addProperty("status", "error"); // the protocol's error reply, for any request
                reply(channel, request, replyType, content);
            }
        } finally {
            publish(request, "status", status("idle"));
        }
    }

    private void reply(Channel channel, Message request, String type, JsonObject content) {
        sockets.send(channel, wire.create(request, type, content));
    }

    // ---- execute --------------------------------------------------------------------------------

    private void execute(Channel channel, Message request) {
        String code = request.string("code", "");
        boolean silent = request.bool("silent", false);
        boolean storeHistory = request.bool("store_history", !silent);
        int count = executionCount;
        if (storeHistory) {
            executionCount++;
        }
        flushStreams(); // what a background thread printed belongs to the cell before
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            publish(request, "execute_input", input);
        }
        currentRequest = request;
        heapTrim.busy();
        putOffPreparation();
        if (memoryGuard != null) {
            memoryGuard.cellStarting();
        }
        outputBudget.reset();
        out.newCell();
        err.newCell();
        cellRunning = true;
        JsonObject reply;
        String outputText = null;
        try {
            CellRunner cells = runner.join();
            Result result = cells.run(code, count);
            flushStreams();
            // display(x) already showed x; its handle is not a result worth showing
            if (result.hasValue() && !silent && !(result.value() instanceof Display.DisplayHandle)) {
                // a toString() may never return: render where Kernel > Interrupt can stop it
                DisplayData data = isPlainJdkValue(result.value()) ? ValueText.bounded(render(result.value()))
                        : cells.evaluator().callUserCode(() -> ValueText.bounded(render(result.value())), 0,
                                "Showing the cell's value (" + typeName(result.value()) + ".toString() or its renderer)");
                if (result.value() instanceof Display.ShownAsDisplay) {
                    publish(request, "display_data", data); // graders would score an execute_result
                } else {
                    JsonObject content = wire.toJson(data);
                    content.addProperty("execution_count", count);
                    publish(request, "execute_result", content);
                    outputText = String.valueOf(data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
                }
            }
            reply = new JsonObject();
            reply.addProperty("status", "ok");
            reply.add("user_expressions", new JsonObject());
            reply.add("payload", new JsonArray());
        } catch (Throwable t) {
            flushStreams();
            CellException error = outOfMemoryAdvice(asCellException(t));
            if (memoryGuard != null && error.ename().equals("OutOfMemoryError")) {
                memoryGuard.cellEnded(true);
            }
            JsonObject content = errorContent(error.ename(), error.evalue(), error.traceback());
            if (!silent) {
                publish(request, "error", content);
            }
            reply = content.deepCopy();
            reply.addProperty("status", "error");
        }
        cellRunning = false;
        if (memoryGuard != null) {
            memoryGuard.cellEnded(false);
        }
        String cutNote = outputBudget.reset();
        if (cutNote != null) {
            publishStream("stderr", cutNote);
        }
        reply.addProperty("execution_count", count);
        if (storeHistory) {
            history.add(count, code, outputText);
        }
        if ("error".equals(reply.get("status").getAsString()) && request.bool("stop_on_error", true)) {
            // before the reply: what the client sends after seeing the error must still run
            abortQueuedExecutions(channel);
        }
        reply(channel, request, "execute_reply", reply);
        heapTrim.idle();
        prepareWhenIdle();
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /**
     * A number, text, truth value or character of the JDK's own: no user code runs to show it, so
     * it is shown on this thread rather than on one {@link JavaEvaluator#callUserCode} starts.
     */
    private static boolean isPlainJdkValue(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Float || value instanceof Short || value instanceof Byte || value instanceof Boolean
                || value instanceof Character;
    }

    private DisplayData render(Object value) {
        return BasicRenderers.render(renderer, value);
    }

    /** Anything a cell throws, as the user should see it; kernel-side failures keep their stack. */
    private static CellException asCellException(Throwable t) {
        if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CellException cell) {
            return cell;
        }
        if (t instanceof OutOfMemoryError) {
            LOG.log(Level.WARNING, "out of memory while running a cell", t);
        } else {
            LOG.log(Level.FINE, "cell failed outside user code", t);
        }
        List<String> traceback = new ArrayList<>();
        traceback.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        for (Throwable cause = t.getCause(); cause != null; cause = cause.getCause()) {
            traceback.add("Caused by: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return new CellException(t.getClass().getSimpleName(), String.valueOf(t.getMessage()), traceback);
    }

    /**
     * A cell that filled the heap before the guard could stop it gets the guard's advice too: what
     * it allocated usually stays reachable through its variables, and only the user can let it go.
     */
    private static CellException outOfMemoryAdvice(CellException error) {
        if (!error.ename().equals("OutOfMemoryError") || error.evalue().contains("Free memory")) {
            return error;
        }
        String message = "the cell ran out of memory (" + error.evalue() + "). Free memory by setting large variables"
                + " to null (or restart the kernel).";
        List<String> traceback = new ArrayList<>(error.traceback());
        traceback.add(message);
        return new CellException("OutOfMemoryError", message, traceback);
    }

    private static JsonObject errorContent(String ename, String evalue, List<String> traceback) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", ename);
        content.addProperty("evalue", evalue);
        JsonArray lines = new JsonArray();
        traceback.forEach(lines::add);
        content.add("traceback", lines);
        return content;
    }

    /** After an error, cells queued behind it (Run All) are not run, as in IPython. */
    private void abortQueuedExecutions(Channel channel) {
        Message queued;
        while ((queued = sockets.receive(channel, 0)) != null) {
            if (queued.type().equals("execute_request")) {
                publish(queued, "status", status("busy"));
                JsonObject aborted = new JsonObject();
                aborted.addProperty("status", "aborted");
                aborted.addProperty("execution_count", executionCount);
                reply(channel, queued, "execute_reply", aborted);
                publish(queued, "status", status("idle"));
            } else {
                handle(channel, queued);
            }
        }
    }

    // ---- editor requests ------------------------------------------------------------------------

    private JsonObject complete(Message request) {
        String code = request.string("code", "");
        int cursor = utf16(request.integer("cursor_pos", code.codePointCount(0, code.length())), code);
        Completion completion = runner.join().evaluator().complete(code, cursor);
        JsonObject content = new JsonObject();
        JsonArray matches = new JsonArray();
        completion.matches().forEach(matches::add);
        content.add("matches", matches);
        content.addProperty("cursor_start", code.codePointCount(0, completion.start()));
        content.addProperty("cursor_end", code.codePointCount(0, completion.end()));
        content.add("metadata", new JsonObject());
        content.addProperty("status", "ok");
        return content;
    }

    private JsonObject inspect(Message request) {
        String code = request.string("code", "");
        int cursor = utf16(request.integer("cursor_pos", code.codePointCount(0, code.length())), code);
        String text = runner.join().evaluator().inspect(code, cursor);
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.addProperty("found", text != null);
        JsonObject data = new JsonObject();
        if (text != null) {
            data.addProperty("text/plain", text);
        }
        content.add("data", data);
        content.add("metadata", new JsonObject());
        return content;
    }

    /**
     * The protocol counts cursor positions in Unicode code points (an emoji is one); Java strings
     * count UTF-16 units (an emoji is two). Out-of-range positions are clamped.
     */
    static int utf16(int codePoints, String code) {
        int clamped = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, clamped);
    }

    private JsonObject isComplete(Message request) {
        JsonObject content = new JsonObject();
        String code = request.string("code", "");
        CellRunner ready;
        try {
            ready = runner.get(250, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException starting) {
            // jupyter console gives up on is_complete for good after a second without a reply
            boolean open = Brackets.leaveOpen(code);
            content.addProperty("status", open ? "incomplete" : "complete");
            if (open) {
                content.addProperty("indent", "    ");
            }
            return content;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            content.addProperty("status", "unknown");
            return content;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("JShell did not start", e.getCause());
        }
        switch (ready.readiness(code)) {
            case COMPLETE -> content.addProperty("status", "complete");
            case INVALID -> content.addProperty("status", "invalid");
            case INCOMPLETE -> {
                content.addProperty("status", "incomplete");
                content.addProperty("indent", "    ");
            }
        }
        return content;
    }

    /** No comm targets exist: close the comm at once, as ipykernel does for an unknown target. */
    private void refuseComm(Message request) {
        LOG.fine("no comm target " + request.string("target_name", ""));
        JsonObject content = new JsonObject();
        content.addProperty("comm_id", request.string("comm_id", ""));
        content.add("data", new JsonObject());
        publish(request, "comm_close", content);
    }

    private static JsonObject commInfo() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.add("comms", new JsonObject());
        return content;
    }

    private static JsonObject kernelInfo() {
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", Runtime.version().toString());
        language.addProperty("mimetype", "text/x-java");
        language.addProperty("file_extension", ".java");
        language.addProperty("pygments_lexer", "java");
        language.addProperty("codemirror_mode", "text/x-java");
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.addProperty("protocol_version", Wire.PROTOCOL_VERSION);
        content.addProperty("implementation", "diffkernel");
        content.addProperty("implementation_version", Version.VERSION);
        content.add("language_info", language);
        content.addProperty("banner", "DiffKernel " + Version.VERSION + " (Java " + Runtime.version()
                + ", JShell): the calculus behind deep learning. Try fn(\"x^2\").diff()");
        content.add("help_links", new JsonArray());
        return content;
    }

    // ---- control --------------------------------------------------------------------------------

    private void interrupt(Channel channel, Message request) {
        runner.thenAccept(r -> r.evaluator().stop());
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        reply(channel, request, "interrupt_reply", content);
    }

    private void shutdown(Channel channel, Message request) {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.addProperty("restart", request.bool("restart", false));
        reply(channel, request, "shutdown_reply", content);
        publish(request, "status", status("idle"));
        LOG.info("shutdown requested");
        flushStreams();
        onShutdown.run();
    }

    // ---- display --------------------------------------------------------------------------------

    /** Publishes {@code display(...)} calls as display_data / update_display_data for the running cell. */
    private final class KernelDisplaySink implements Display.Sink {
        @Override
        public void display(Object value, String displayId) {
            send("display_data", value, displayId);
        }

        @Override
        public void update(Object value, String displayId) {
            send("update_display_data", value, displayId);
        }

        @Override
        public void clear(boolean wait) {
            flushStreams();
            JsonObject content = new JsonObject();
            content.addProperty("wait", wait);
            publish(currentRequest, "clear_output", content);
        }

        private void send(String type, Object value, String displayId) {
            flushStreams(); // keep output in the order the cell produced it
            DisplayData data = render(value);
            data.setDisplayId(displayId);
            publish(currentRequest, type, data);
        }
    }
}

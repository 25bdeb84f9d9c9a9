package org.carepath.discharge.adt;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.carepath.platform.api.Limits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;

/**
 * HL7 v2 over MLLP: each message framed as {@code <VT> message <FS><CR>}, each answered with its ACK
 * in the same framing before the next is read. MLLP carries no credentials, so the listener binds to
 * 127.0.0.1 by default and accepts messages only for the hospitals configured for it.
 */
@ApplicationScoped
public class MllpListener {

    private static final Logger LOG = Logger.getLogger(MllpListener.class);
    private static final String START = "\u000b";
    private static final String END = "\u001c\r";
    /**
     * The most one frame may buffer: three UTF-8 bytes for each character a message may have, so
     * the service's own check (with the sender's control id in its AR) sees every message it can
     * refuse, and a sender that never ends a frame cannot fill the memory.
     */
    private static final int MAX_FRAME_BYTES = 3 * Limits.HL7_MESSAGE;

    private final AdtService adt;
    private final Vertx vertx;
    private final boolean enabled;
    private final String host;
    private final int port;
    private final Set<String> senders;
    private NetServer server;

    public MllpListener(AdtService adt, Vertx vertx,
            @ConfigProperty(name = "discharge.mllp.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "discharge.mllp.host") String host,
            @ConfigProperty(name = "discharge.mllp.port") int port,
            @ConfigProperty(name = "discharge.mllp.hospitals") Set<String> senders) {
        this.adt = adt;
        this.vertx = vertx;
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.senders = senders;
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        server = vertx.createNetServer(new NetServerOptions().setHost(host).setPort(port))
                .connectHandler(this::serve);
        server.listen().toCompletionStage().toCompletableFuture().join();
        LOG.infof("MLLP listener on %s:%d for %s", host, server.actualPort(), senders);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    /** The port it listens on (a free one when configured as 0). */
    public int port() {
        return server.actualPort();
    }

    private void serve(NetSocket socket) {
        RecordParser frames = RecordParser.newDelimited(END, frame -> {
            socket.pause();
            String text = frame.toString(StandardCharsets.UTF_8);
            int start = text.indexOf(START);
            String message = (start >= 0 ? text.substring(start + 1) : text).replace("\r\n", "\r").replace('\n', '\r');
            // Hibernate Reactive runs on a duplicated context of its own, one per message, flagged safe for it
            var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> adt.receive(message, senders).subscribe().with(
                    ack -> {
                        socket.write(Buffer.buffer(START + ack + END, StandardCharsets.UTF_8.name()));
                        socket.resume();
                    },
                    failure -> {
                        LOG.error("MLLP message not answered", failure);
                        socket.close();
                    }));
        });
        frames.maxRecordSize(MAX_FRAME_BYTES);
        frames.exceptionHandler(tooLong -> refuseFrame(socket));
        socket.handler(frames);
    }

    /** The frame's end cannot be found in what is left, so the connection closes after the AR. */
    private void refuseFrame(NetSocket socket) {
        LOG.warnf("MLLP frame from %s over %d bytes refused", socket.remoteAddress(), MAX_FRAME_BYTES);
        String ack = adt.rejectOversized(MAX_FRAME_BYTES);
        socket.write(Buffer.buffer(START + ack + END, StandardCharsets.UTF_8.name()))
                .onComplete(written -> socket.close());
    }
}

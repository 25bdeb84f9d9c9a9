package org.carepath.identity.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A subscriber's endpoint on 127.0.0.1 (an ephemeral port) that keeps what it is sent and answers as told (200
 * unless told otherwise). It checks signatures with its own HMAC code, as a receiver following the Standard
 * Webhooks spec would, not with the service's {@link Signature}.
 */
final class Receiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> nextAnswers = new ConcurrentLinkedQueue<>();
    private volatile int answer = 200;
    private volatile CountDownLatch held = new CountDownLatch(0);

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiver = new Receiver(server);
        server.createContext("/hook", receiver::take);
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these statuses, in order; then as before. */
    void answerNext(Integer... statuses) {
        nextAnswers.addAll(Arrays.asList(statuses));
    }

    void answerAlways(int status) {
        answer = status;
    }

    /** Requests are taken but not answered until {@link #release()} (at most 5 s, inside the sender's timeout). */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Which of the secrets made one of the request's signatures: HMAC-SHA256 over id.timestamp.body. */
    static List<String> signedWith(Received request, String... secrets) throws GeneralSecurityException {
        List<String> signers = new ArrayList<>();
        for (String secret : secrets) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                    .getBytes(StandardCharsets.UTF_8));
            for (String signature : request.signature().split(" ")) {
                String[] versioned = signature.split(",", 2);
                if (versioned[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                    signers.add(secret);
                }
            }
        }
        return signers;
    }

    private void take(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("content-type"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        try {
            held.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Integer next = nextAnswers.poll();
        exchange.sendResponseHeaders(next == null ? answer : next, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

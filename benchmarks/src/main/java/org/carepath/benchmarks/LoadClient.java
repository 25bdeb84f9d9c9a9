package org.carepath.benchmarks;

import java.time.Duration;
import java.util.Map;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The HTTP/1.1 client the load is sent with: Vert.x on one event loop. The benchmark shares the
 * platform's 2 cores, so every millisecond of CPU it spends is taken from the services it measures;
 * the JDK's HttpClient spent 2-2.5 ms a request, a quarter of the machine at 200 requests/s.
 */
final class LoadClient implements AutoCloseable {

    /** The open loops' cap on requests in flight, each on its own connection; a closed loop uses one per client. */
    static final int MAX_CONNECTIONS = 256;

    /** One request: an absolute URL, its headers, a body (null for none), and how long it may wait for a connection and for data. */
    record Request(HttpMethod method, String url, Map<String, String> headers, String body, Duration timeout) {
    }

    private final Vertx vertx;
    private final Context context;
    private final HttpClient http;

    LoadClient() {
        // one event loop carries thousands of requests a second; every other thread competes with the services.
        // It reads no files: no file cache directory left in /tmp by a run that is interrupted
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1)
                .setFileSystemOptions(new FileSystemOptions().setClassPathResolvingEnabled(false)));
        // keep-alive, one request at a time per connection (no pipelining), as the JDK client did
        http = vertx.httpClientBuilder()
                .with(new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setConnectTimeout((int) Duration.ofSeconds(5).toMillis()))
                .with(new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS))
                // a connection's failure fails its request, which counts it: unhandled, Vert.x would also log each one
                .withConnectHandler(connection -> connection.exceptionHandler(counted -> { }))
                .build();
        context = vertx.getOrCreateContext();
    }

    /** Sends the request: the status, once the whole answer (its body discarded) has arrived, or why it failed. */
    Future<Integer> send(Request request) {
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(request.url())
                .setTimeout(request.timeout().toMillis());
        request.headers().forEach(options::addHeader);
        Promise<Integer> answered = Promise.promise();
        // made on the event loop: from another thread, an answer could end before its end is awaited (IllegalStateException)
        context.runOnContext(ignored -> http.request(options)
                .compose(sending -> request.body() == null ? sending.send() : sending.send(request.body()))
                .compose(response -> response.end().map(ended -> response.statusCode()))
                .onComplete(answered));
        return answered.future();
    }

    @Override
    public void close() {
        // the event loop is not a daemon thread: the JVM would not exit while it runs
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

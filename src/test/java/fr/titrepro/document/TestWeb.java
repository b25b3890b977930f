package fr.titrepro.document;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** A small HTTP server on 127.0.0.1 standing for the outside world of a signature: a TSA, CRL distribution points. */
final class TestWeb {

    private final HttpServer server;
    private final Map<String, UnaryOperator<byte[]>> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();

    private TestWeb(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            UnaryOperator<byte[]> route = routes.get(path);
            byte[] request = exchange.getRequestBody().readAllBytes();
            if ("POST".equals(exchange.getRequestMethod())) {
                posts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            }
            byte[] response = route == null ? new byte[0] : route.apply(request);
            exchange.sendResponseHeaders(route == null ? 404 : 200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                exchange.getResponseBody().write(response);
            }
            exchange.close();
        });
    }

    static TestWeb start() {
        try {
            TestWeb web = new TestWeb(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            web.server.start();
            return web;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, Supplier<byte[]> content) {
        routes.put(path, request -> content.get());
    }

    /** A route answering each request body, as a timestamp authority does. */
    void answer(String path, UnaryOperator<byte[]> responder) {
        routes.put(path, responder);
    }

    int posts(String path) {
        AtomicInteger count = posts.get(path);
        return count == null ? 0 : count.get();
    }

    void stop() {
        server.stop(0);
    }
}

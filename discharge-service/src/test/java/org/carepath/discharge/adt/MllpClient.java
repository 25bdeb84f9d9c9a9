package org.carepath.discharge.adt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A hospital interface engine's end of an MLLP connection: frames a message, waits for the framed ACK. */
final class MllpClient implements AutoCloseable {

    private final Socket socket;

    MllpClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
    }

    String send(String message) throws IOException {
        return write(("\u000b" + message + "\u001c\r").getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a frame and writes this much of it, without ever ending it, then waits for an ACK. */
    String sendWithoutEnd(int bytes) throws IOException {
        byte[] frame = new byte[bytes];
        Arrays.fill(frame, (byte) 'x');
        frame[0] = 0x0b;
        return write(frame);
    }

    /** Whether the listener has closed the connection: the next read finds its end. */
    boolean closedByListener() throws IOException {
        return socket.getInputStream().read() == -1;
    }

    private String write(byte[] frame) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(frame);
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        int previous = -1;
        for (int next = in.read(); next != -1; next = in.read()) {
            if (previous == 0x1c && next == '\r') {
                byte[] bytes = ack.toByteArray();
                return new String(bytes, 1, bytes.length - 2, StandardCharsets.UTF_8);
            }
            ack.write(next);
            previous = next;
        }
        throw new IOException("the listener closed the connection without an ACK");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

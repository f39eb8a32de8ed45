package id.portaldesa.it.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broken SMTP server on the mailbox's port, to see what the portal does when the exchange times
 * out: {@link Mode#SILENT} accepts connections and never says a word (not even its greeting);
 * {@link Mode#SILENT_AFTER_DATA} takes the whole message and then never answers whether it accepted it;
 * {@link Mode#REJECT_RECIPIENT} refuses every recipient.
 */
final class FakeSmtp implements AutoCloseable {

    enum Mode {
        SILENT,
        SILENT_AFTER_DATA,
        /** Refuses every recipient, naming the address in its answer as real servers do. */
        REJECT_RECIPIENT
    }

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger messagesReceived = new AtomicInteger();

    FakeSmtp(Mode mode) throws IOException {
        socket = new ServerSocket(Mailbox.PORT, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    held.add(client);
                    connections.incrementAndGet();
                    if (mode != Mode.SILENT) {
                        Thread talk = new Thread(() -> talk(client, mode));
                        talk.setDaemon(true);
                        talk.start();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void talk(Socket client, Mode mode) {
        try {
            OutputStream out = client.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            say(out, "220 fake ESMTP");
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        messagesReceived.incrementAndGet();
                        return; // the whole message is here; the answer never comes
                    }
                } else if (line.toUpperCase().startsWith("EHLO")) {
                    say(out, "250 fake");
                } else if (mode == Mode.REJECT_RECIPIENT && line.toUpperCase().startsWith("RCPT")) {
                    say(
                            out,
                            "550 5.1.1 " + line.substring(line.indexOf(':') + 1).trim() + ": no such user here");
                } else if (line.toUpperCase().startsWith("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else if (line.toUpperCase().startsWith("DATA")) {
                    say(out, "354 go ahead");
                    data = true;
                } else {
                    say(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the portal hung up
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
    }
}

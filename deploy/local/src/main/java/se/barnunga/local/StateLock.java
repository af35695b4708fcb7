package se.barnunga.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** The lock of a state directory ({@code local-run.lock}): one system per state directory. */
final class StateLock {

    private final LocalState state;
    // guarded by this
    private FileChannel channel;
    private FileLock lock;

    StateLock(LocalState state) {
        this.state = state;
    }

    /** Takes the lock, or fails naming the directory when another run holds it. */
    void acquire() throws IOException {
        Files.createDirectories(state.directory());
        FileChannel opened = FileChannel.open(state.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired = opened.tryLock();
        if (acquired == null) {
            opened.close();
            throw new IllegalStateException("another run already uses " + state.directory()
                    + " - stop it first (Ctrl-C in its terminal)");
        }
        synchronized (this) {
            channel = opened;
            lock = acquired;
        }
    }

    synchronized void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; the OS releases the lock
        }
    }
}

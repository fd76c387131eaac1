package dev.joinwright.it.matrix;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Sandbox} per database per test class, opened on first use and dropped after the
 * class: register it with {@code @RegisterExtension static final Sandboxes SANDBOXES = new
 * Sandboxes(setup)}. The setup (typically the generated schema's {@code create}) runs once on each
 * fresh sandbox.
 */
public final class Sandboxes implements AfterAllCallback {
    /** What to do with a fresh sandbox before the first scenario uses it. */
    @FunctionalInterface
    public interface Setup {
        void prepare(Sandbox sandbox) throws Exception;
    }

    private final Setup setup;
    private final Map<TestDatabase, Sandbox> open = new EnumMap<>(TestDatabase.class);

    public Sandboxes(Setup setup) {
        this.setup = setup;
    }

    /** The class's sandbox on {@code db}; skips (or on CI fails) when the server is down. */
    public synchronized Sandbox of(TestDatabase db) throws Exception {
        Sandbox sandbox = open.get(db);
        if (sandbox == null) {
            sandbox = db.openSandbox();
            try {
                setup.prepare(sandbox);
            } catch (Exception | Error e) {
                try {
                    sandbox.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            open.put(db, sandbox);
        }
        return sandbox;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        Exception failure = null;
        for (Sandbox sandbox : open.values()) {
            try {
                sandbox.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

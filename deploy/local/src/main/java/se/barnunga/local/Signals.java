package se.barnunga.local;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Installs a handler for a POSIX signal through {@code sun.misc.Signal} (module jdk.unsupported), reflectively so the
 * build shows no internal-API warnings. A handler replaces the JVM's own reaction (for INT, TERM and HUP: running the
 * shutdown hooks and exiting), which lets the launcher stop its children in order before it exits.
 */
final class Signals {

    private Signals() {
    }

    /**
     * @throws IllegalArgumentException if the signal does not exist here, is reserved by the JVM, or was ignored when
     *                                  the JVM started
     */
    static void handle(String name, Runnable handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerInterface = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            Object proxy = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerInterface},
                    (self, method, args) -> {
                        if (method.getName().equals("handle")) {
                            handler.run();
                            return null;
                        }
                        return switch (method.getName()) {
                            case "toString" -> "LocalRun handler for SIG" + name;
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
            signalClass.getMethod("handle", signalClass, handlerInterface).invoke(null, signal, proxy);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("cannot handle SIG" + name, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot handle SIG" + name, e);
        }
    }
}

package tandem.runtime.node;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and SIGINT into an orderly stop request. With a signal handler (instead of a JVM shutdown
 * hook) the application returns normally, Equinox shuts down its bundles and the process exits with 0,
 * which is what service managers count as a clean stop. {@code sun.misc.Signal} is reached by reflection
 * because the JavaSE-17 execution environment does not export it; where it is missing, a shutdown hook
 * still lets the node flush its history.
 */
public final class StopSignal {

	private final CountDownLatch requested = new CountDownLatch(1);
	private final CountDownLatch finished = new CountDownLatch(1);

	/** Installs handlers for TERM and INT; returns this for chaining. */
	public StopSignal install() {
		boolean handled = handle("TERM") & handle("INT");
		if (!handled) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				request();
				awaitFinished(30);
			}, "tandem-stop"));
		}
		return this;
	}

	public void request() {
		requested.countDown();
	}

	public boolean isRequested() {
		return requested.getCount() == 0;
	}

	/** Blocks until a stop is requested. */
	public void await() throws InterruptedException {
		requested.await();
	}

	/** Called by the application once everything is flushed and closed. */
	public void finished() {
		finished.countDown();
	}

	private void awaitFinished(int seconds) {
		try {
			finished.await(seconds, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean handle(String name) {
		try {
			Class<?> signalClass = Class.forName("sun.misc.Signal");
			Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
			Object signal = signalClass.getConstructor(String.class).newInstance(name);
			InvocationHandler onSignal = (Object proxy, Method method, Object[] args) -> {
				switch (method.getName()) {
				case "handle":
					request();
					return null;
				case "hashCode":
					return System.identityHashCode(proxy);
				case "equals":
					return proxy == args[0];
				default:
					return "tandem stop handler";
				}
			};
			Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] { handlerClass },
					onSignal);
			signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
			return true;
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			System.err.println("tandem: cannot install a " + name + " handler (" + e + "); using a shutdown hook");
			return false;
		}
	}
}

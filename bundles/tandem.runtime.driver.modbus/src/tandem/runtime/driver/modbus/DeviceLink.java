package tandem.runtime.driver.modbus;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.LongSupplier;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusException;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;

import tandem.runtime.api.driver.DriverException;

/**
 * The TCP connection to one device, (re)opened on demand with back-off. The library's own reconnect is off: this
 * class decides, so a lost device is reported at once and tried again after {@code reconnectMin}, doubling up to
 * {@code reconnectMax} while it stays away; a successful connection resets the delay. Requests of a lost link fail
 * fast with the reason of the loss instead of waiting for a timeout.
 */
final class DeviceLink {

	private static final System.Logger LOG = System.getLogger(DeviceLink.class.getName());

	private final DeviceSettings settings;
	private final LongSupplier clock;
	private final ModbusTcpClient client;
	private boolean open;
	private long nextAttempt;
	private long delay;
	private String reason = "not connected yet";

	DeviceLink(DeviceSettings settings, LongSupplier clock) {
		this.settings = settings;
		this.clock = clock;
		this.delay = settings.reconnectMinMillis();
		NettyTcpClientTransport transport = NettyTcpClientTransport.create(cfg -> {
			cfg.setHostname(settings.host());
			cfg.setPort(settings.port());
			cfg.setConnectTimeout(Duration.ofMillis(settings.timeoutMillis()));
			cfg.setConnectPersistent(false);
			cfg.setReconnectLazy(true);
		});
		this.client = ModbusTcpClient.create(transport,
				cfg -> cfg.setRequestTimeout(Duration.ofMillis(settings.timeoutMillis())));
	}

	/** The connected client; connects first when the back-off allows it, else fails with the reason. */
	synchronized ModbusTcpClient client() throws DriverException {
		if (open && client.isConnected()) {
			return client;
		}
		if (open) {
			lost("the device closed the connection");
		}
		long now = clock.getAsLong();
		if (now < nextAttempt) {
			throw new DriverException(lostText());
		}
		try {
			client.connect();
			open = true;
			delay = settings.reconnectMinMillis();
			LOG.log(Level.INFO, "modbus-tcp driver {0} connected to {1}", settings.driver(), settings.endpoint());
			return client;
		} catch (ModbusException e) {
			reason = reasonOf(e);
			nextAttempt = now + delay;
			delay = Math.min(delay * 2, settings.reconnectMaxMillis());
			throw new DriverException(lostText(), e);
		}
	}

	/** The client if the link is open, for writes, which never open a connection (nor retry) on their own. */
	synchronized ModbusTcpClient openClient() throws DriverException {
		if (!open || !client.isConnected()) {
			throw new DriverException(lostText() + "; write not sent");
		}
		return client;
	}

	/** Closes the link after a failed request; the next read tries to connect again at once. */
	synchronized DriverException lost(Throwable cause) {
		return lost(reasonOf(cause), cause);
	}

	synchronized DriverException lost(String why, Throwable cause) {
		lost(why);
		return new DriverException(lostText(), cause);
	}

	private void lost(String why) {
		reason = why;
		if (open) {
			open = false;
			nextAttempt = clock.getAsLong();
			try {
				client.disconnect();
			} catch (ModbusException | RuntimeException e) {
				LOG.log(Level.DEBUG, "modbus-tcp driver " + settings.driver() + ": closing failed: " + e, e);
			}
		}
	}

	String lostText() {
		return "driver " + settings.driver() + " lost connection to " + settings.endpoint() + ": " + reason;
	}

	static String reasonOf(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage();
		return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
	}

	synchronized void close() {
		lost("driver closed");
	}
}

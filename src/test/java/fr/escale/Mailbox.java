package fr.escale;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.escale.platform.mail.Outbox;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of the tests: one GreenMail for the whole test JVM, on a free port, that every
 * Spring context sends to ({@link Initializer}, registered in {@code META-INF/spring.factories},
 * points {@code spring.mail.*} at it). The outbox's courier runs as in production; to see mails
 * without waiting for its schedule:
 *
 * <pre>
 * &#64;Autowired
 * Mailbox mailbox;
 * ...
 * mailbox.deliverAll();
 * assertThat(mailbox.receivedBy("eve@camping.test")).singleElement()
 *     .satisfies(mail -&gt; assertThat(mail.text()).contains("/pro/invitation/"));
 * </pre>
 *
 * Use addresses of your own (every test shares the server): {@link #receivedBy} finds only theirs.
 * Like a real server, it refuses some recipients: for good ({@code 550}) an address starting with
 * {@code refused}, for now ({@code 450}) one starting with {@code busy}. {@link #whileDown} stops it.
 */
@Component
public class Mailbox {

	private static final String HOST = "127.0.0.1";

	/** The running server, and those stopped by {@link #whileDown}: what they received still counts. */
	private static final List<GreenMail> servers = new CopyOnWriteArrayList<>();

	private static int port;

	private final Outbox outbox;

	Mailbox(Outbox outbox) {
		this.outbox = outbox;
	}

	/** A mail as it arrived: headers by name (the first value of each, decoded), bodies decoded. */
	public record Received(String from, String subject, String text, String html, Map<String, String> headers) {

		public String header(String name) {
			return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue).findFirst().orElse(null);
		}

	}

	/** Sends every queued mail now (also those waiting for a retry); returns how many went. */
	public int deliverAll() {
		return outbox.deliverNow();
	}

	/** Every mail received for this address, oldest first. */
	public List<Received> receivedBy(String address) {
		var received = new ArrayList<Received>();
		for (var server : servers) {
			server.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
				.map(Mailbox::read)
				.forEach(received::add);
		}
		return received;
	}

	/** How many mails arrived for addresses ending with this suffix (e.g. a domain). */
	public long countReceived(String addressSuffix) {
		return servers.stream()
			.mapToLong(server -> server
				.findReceivedMessages(user -> user.getEmail().endsWith(addressSuffix), message -> true).count())
			.sum();
	}

	/** Runs with the SMTP server stopped (connections refused), then starts it again on its port. */
	public void whileDown(Runnable action) {
		synchronized (Mailbox.class) {
			servers.get(servers.size() - 1).stop();
			try {
				action.run();
			}
			finally {
				start(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
			}
		}
	}

	static synchronized int port() {
		if (servers.isEmpty()) {
			// A free port chosen by the system: builds of other worktrees may run at the same time.
			port = start(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort()).getSmtp().getPort();
		}
		return port;
	}

	private static GreenMail start(ServerSetup setup) {
		var server = new RefusingGreenMail(setup);
		server.start();
		servers.add(server);
		return server;
	}

	private static Received read(MimeMessage message) {
		try {
			var headers = new LinkedHashMap<String, String>();
			for (Header header : Collections.list(message.getAllHeaders())) {
				headers.putIfAbsent(header.getName(), MimeUtility.decodeText(MimeUtility.unfold(header.getValue())));
			}
			var bodies = new LinkedHashMap<String, String>();
			collect(message, bodies);
			return new Received(((InternetAddress) message.getFrom()[0]).toUnicodeString(), message.getSubject(), bodies.get("text/plain"),
					bodies.get("text/html"), headers);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(Part part, Map<String, String> bodies) throws MessagingException, IOException {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (var i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), bodies);
			}
		}
		else if (part.isMimeType("text/plain")) {
			bodies.putIfAbsent("text/plain", (String) part.getContent());
		}
		else if (part.isMimeType("text/html")) {
			bodies.putIfAbsent("text/html", (String) part.getContent());
		}
	}

	private static final class RefusingGreenMail extends GreenMail {

		RefusingGreenMail(ServerSetup setup) {
			super(setup);
			managers = new RefusingManagers();
		}

	}

	private static final class RefusingManagers extends Managers {

		private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {

			@Override
			public String checkRecipient(SmtpState state, MailAddress recipient) {
				if (recipient.getEmail().startsWith("refused")) {
					return "550 5.1.1 No such mailbox here";
				}
				return recipient.getEmail().startsWith("busy") ? "450 4.2.1 Mailbox busy, try again later" : null;
			}

		};

		@Override
		public SmtpManager getSmtpManager() {
			return smtp;
		}

	}

	/** Points every test context's {@code spring.mail} at the test JVM's GreenMail. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("greenmail",
					Map.of("spring.mail.host", HOST, "spring.mail.port", port(), "spring.mail.username", "",
							"spring.mail.password", "")));
		}

	}

}

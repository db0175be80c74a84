package fr.escale.platform.mail;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries the queued mails to the SMTP server, a batch at a time over one connection, on
 * {@code escale.mail.connections} connections at once. Several nodes may run it at once too: a
 * batch's rows stay locked ({@code FOR UPDATE SKIP LOCKED}) until its outcome is written, so no two
 * couriers ever take the same mail.
 */
@Component
class Courier {

	private static final Logger log = LoggerFactory.getLogger(Courier.class);

	static final int MAX_ATTEMPTS = 10;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LONGEST_RETRY = Duration.ofMinutes(15);

	/** While the server cannot be reached, retry often: the mails go soon after it is back. */
	private static final Duration LONGEST_RETRY_WHILE_UNREACHABLE = Duration.ofMinutes(1);

	private static final String CLAIM = """
			SELECT id, recipient, subject, text_body, html_body, headers::text, attempts
			FROM platform.outgoing_mail
			WHERE status = 'QUEUED' AND (next_attempt_at <= now() OR ?) AND NOT (id = ANY (?))
			ORDER BY next_attempt_at
			LIMIT ?
			FOR UPDATE SKIP LOCKED""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JavaMailSenderImpl smtp;

	private final InternetAddress from;

	private final boolean sending;

	private final int batchSize;

	private final int connections;

	/**
	 * Each SMTP exchange waits for the server's answers: a few connections at once multiply the
	 * throughput (SKIP LOCKED gives each its own batches).
	 */
	private final ExecutorService connectionThreads;

	private volatile boolean reachable = true;

	Courier(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSenderImpl smtp,
			@Value("${escale.mail.from:Escale <no-reply@escale.local>}") String from,
			@Value("${escale.mail.sending:true}") boolean sending, @Value("${escale.mail.batch-size:100}") int batchSize,
			@Value("${escale.mail.connections:4}") int connections)
			throws MessagingException {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.smtp = smtp;
		this.from = new InternetAddress(from, true);
		this.sending = sending;
		this.batchSize = batchSize;
		this.connections = connections;
		var threads = new AtomicInteger();
		this.connectionThreads = Executors.newFixedThreadPool(connections, task -> {
			var thread = new Thread(task, "outbox-courier-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void deliverDue() {
		if (sending) {
			deliver(false);
		}
	}

	/**
	 * Delivers batch after batch until nothing is left to try, or the server cannot be reached.
	 *
	 * @param evenWaiting also the mails waiting for a retry, each tried once
	 * @return how many mails the server accepted
	 */
	int deliver(boolean evenWaiting) {
		Set<UUID> tried = ConcurrentHashMap.newKeySet();
		var sent = 0;
		do {
			sent += carryOnEveryConnection(evenWaiting, tried);
		}
		while (evenWaiting && reachable && leftByOthers(tried));
		return sent;
	}

	/**
	 * Waits for the batches other couriers hold (their rows are locked) and tells whether mails are
	 * left to try: so that "deliver now" means everything, even with a courier running meanwhile.
	 */
	private boolean leftByOthers(Set<UUID> tried) {
		return !transactions.execute(status -> jdbc.query("""
				SELECT id FROM platform.outgoing_mail WHERE status = 'QUEUED' AND NOT (id = ANY (?)) FOR SHARE""",
				statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", tried.toArray())),
				(row, i) -> row.getObject(1, UUID.class))).isEmpty();
	}

	private int carryOnEveryConnection(boolean evenWaiting, Set<UUID> tried) {
		var carriers = new ArrayList<Future<Integer>>();
		for (var i = 0; i < connections; i++) {
			carriers.add(connectionThreads.submit(() -> carry(evenWaiting, tried)));
		}
		var sent = 0;
		for (var carrier : carriers) {
			try {
				sent += carrier.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("Delivering the outbox failed", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return sent;
			}
		}
		return sent;
	}

	/** One connection's share: batches until none is left (the others take theirs meanwhile). */
	private int carry(boolean evenWaiting, Set<UUID> tried) {
		var sent = 0;
		while (true) {
			var round = transactions.execute(status -> round(evenWaiting, tried));
			sent += round.sent();
			if (round.claimed() == 0 || !reachable) {
				return sent;
			}
		}
	}

	@PreDestroy
	void stop() {
		connectionThreads.shutdownNow();
	}

	private record Round(int claimed, int sent) {
	}

	private record Queued(UUID id, String recipient, String subject, String text, String html,
			Map<String, String> headers, int attempts) {
	}

	/** What became of one mail: SENT, FAILED, or QUEUED again for a retry at {@code retryIn}. */
	private record Outcome(UUID id, Delivery.Status status, int attempts, String error, Duration retryIn) {

		static Outcome sent(Queued mail) {
			return new Outcome(mail.id(), Delivery.Status.SENT, mail.attempts() + 1, null, Duration.ZERO);
		}

		static Outcome refused(Queued mail, Exception error) {
			return new Outcome(mail.id(), Delivery.Status.FAILED, mail.attempts() + 1, describe(error), Duration.ZERO);
		}

		/** A failure of this mail's attempt: after {@link #MAX_ATTEMPTS} of them, it is given up. */
		static Outcome failed(Queued mail, Exception error) {
			var attempts = mail.attempts() + 1;
			var status = attempts >= MAX_ATTEMPTS ? Delivery.Status.FAILED : Delivery.Status.QUEUED;
			return new Outcome(mail.id(), status, attempts, describe(error), backoff(attempts, LONGEST_RETRY));
		}

		/** The server could not be reached: no fault of the mail, which waits as long as it takes. */
		static Outcome unreachable(Queued mail, Exception error) {
			var attempts = mail.attempts() + 1;
			return new Outcome(mail.id(), Delivery.Status.QUEUED, attempts,
					"SMTP server unreachable: " + describe(error), backoff(attempts, LONGEST_RETRY_WHILE_UNREACHABLE));
		}

	}

	private Round round(boolean evenWaiting, Set<UUID> tried) {
		var batch = claim(evenWaiting, tried);
		if (batch.isEmpty()) {
			return new Round(0, 0);
		}
		batch.forEach(mail -> tried.add(mail.id()));
		var outcomes = send(batch);
		record(outcomes);
		return new Round(batch.size(), (int) outcomes.stream().filter(o -> o.status() == Delivery.Status.SENT).count());
	}

	private List<Queued> claim(boolean evenWaiting, Collection<UUID> tried) {
		return jdbc.query(CLAIM, statement -> {
			statement.setBoolean(1, evenWaiting);
			statement.setArray(2, statement.getConnection().createArrayOf("uuid", tried.toArray()));
			statement.setInt(3, batchSize);
		}, (row, i) -> new Queued(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), JSON.readValue(row.getString(6), HEADERS), row.getInt(7)));
	}

	private List<Outcome> send(List<Queued> batch) {
		var outcomes = new ArrayList<Outcome>(batch.size());
		try (var transport = connect()) {
			serverReachable();
			var open = true;
			for (var mail : batch) {
				if (open) {
					var outcome = send(transport, mail);
					outcomes.add(outcome);
					// After a failure the server may have hung up (421); isConnected() costs a round trip.
					open = outcome.status() == Delivery.Status.SENT || transport.isConnected();
				}
				else {
					outcomes.add(Outcome.unreachable(mail, new MessagingException("connection closed by the server")));
				}
			}
		}
		catch (MessagingException ex) {
			// Could not connect (or close): what was not sent waits for the server's return.
			serverUnreachable(ex);
			var done = outcomes.stream().map(Outcome::id).collect(Collectors.toSet());
			batch.stream().filter(mail -> !done.contains(mail.id()))
				.forEach(mail -> outcomes.add(Outcome.unreachable(mail, ex)));
		}
		return outcomes;
	}

	private Outcome send(Transport transport, Queued mail) {
		MimeMessage message;
		Address[] recipients;
		try {
			message = message(mail);
			recipients = message.getAllRecipients();
		}
		catch (MessagingException | UnsupportedEncodingException | RuntimeException ex) {
			// A mail that cannot be written (an address that is not one, a bad header) never will be.
			return Outcome.refused(mail, ex);
		}
		try {
			transport.sendMessage(message, recipients);
			return Outcome.sent(mail);
		}
		catch (SendFailedException ex) {
			var code = replyCode(ex);
			return code >= 500 ? Outcome.refused(mail, ex) : Outcome.failed(mail, ex);
		}
		catch (MessagingException | RuntimeException ex) {
			return Outcome.failed(mail, ex);
		}
	}

	private Transport connect() throws MessagingException {
		var transport = smtp.getSession().getTransport(smtp.getProtocol());
		transport.connect(smtp.getHost(), smtp.getPort(), blankToNull(smtp.getUsername()),
				blankToNull(smtp.getPassword()));
		return transport;
	}

	private MimeMessage message(Queued mail)
			throws MessagingException, UnsupportedEncodingException {
		var message = new OutboxMessage(smtp.getSession(), mail.id(), from);
		var senderName = mail.headers().get(Mail.SENDER_NAME);
		message.setFrom(senderName == null ? from : new InternetAddress(from.getAddress(), senderName, "UTF-8"));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), "UTF-8");
		message.setSentDate(new Date());
		if (mail.html() == null) {
			message.setText(mail.text(), "UTF-8");
		}
		else {
			var text = new MimeBodyPart();
			text.setText(mail.text(), "UTF-8");
			var html = new MimeBodyPart();
			html.setText(mail.html(), "UTF-8", "html");
			message.setContent(new MimeMultipart("alternative", text, html));
		}
		for (var header : mail.headers().entrySet()) {
			switch (header.getKey()) {
				case Mail.SENDER_NAME -> {
				}
				case "Reply-To" -> message.setReplyTo(InternetAddress.parse(header.getValue(), true));
				// Encoded words for what is not ASCII (an office's name in a header): a header is ASCII.
				default -> message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2,
						MimeUtility.encodeText(header.getValue(), "UTF-8", null)));
			}
		}
		message.saveChanges();
		return message;
	}

	/** Message-ID made of the outbox id: a copy sent twice would show it. */
	private static final class OutboxMessage extends MimeMessage {

		private final String messageId;

		OutboxMessage(Session session, UUID id, InternetAddress from) {
			super(session);
			var address = from.getAddress();
			this.messageId = "<" + id + "@" + address.substring(address.indexOf('@') + 1) + ">";
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

	private void record(List<Outcome> outcomes) {
		jdbc.batchUpdate("""
				UPDATE platform.outgoing_mail
				SET status = ?, attempts = ?, last_error = ?,
					sent_at = CASE WHEN ? = 'SENT' THEN now() END,
					next_attempt_at = now() + ? * interval '1 millisecond'
				WHERE id = ?""", outcomes, outcomes.size(), (statement, outcome) -> {
			statement.setString(1, outcome.status().name());
			statement.setInt(2, outcome.attempts());
			statement.setString(3, outcome.error());
			statement.setString(4, outcome.status().name());
			statement.setLong(5, outcome.retryIn().toMillis());
			statement.setObject(6, outcome.id());
		});
	}

	private void serverReachable() {
		if (!reachable) {
			reachable = true;
			log.info("SMTP server {}:{} reachable again: queued mails are on their way", smtp.getHost(), smtp.getPort());
		}
	}

	private void serverUnreachable(MessagingException ex) {
		if (reachable) {
			reachable = false;
			log.warn("SMTP server {}:{} unreachable ({}): mails wait in the outbox", smtp.getHost(), smtp.getPort(),
					describe(ex));
		}
	}

	/**
	 * The SMTP reply code of a refusal (550 for an unknown mailbox), -1 when the server gave none.
	 * Angus Mail's SMTP exceptions carry it (the first may be the RSET after it, hence {@code >= 400});
	 * they are a runtime dependency only, hence reflection.
	 */
	private static int replyCode(MessagingException ex) {
		for (Exception cause = ex; cause != null;
				cause = cause instanceof MessagingException m ? m.getNextException() : null) {
			try {
				var code = (int) cause.getClass().getMethod("getReturnCode").invoke(cause);
				if (code >= 400) {
					return code;
				}
			}
			catch (ReflectiveOperationException notAnSmtpReply) {
				// look further down the chain
			}
		}
		return -1;
	}

	private static Duration backoff(int attempts, Duration longest) {
		var delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
		return delay.compareTo(longest) > 0 ? longest : delay;
	}

	private static String describe(Exception ex) {
		var message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
		if (ex instanceof MessagingException m && m.getNextException() != null && m.getNextException() != ex) {
			message += " (" + describe(m.getNextException()) + ")";
		}
		return message;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}

package fr.escale.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import fr.escale.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mails queued in the outbox reach the SMTP server once each, whatever the server does meanwhile. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxIT {

	@Autowired
	Outbox outbox;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	/** Addresses of this run only: the SMTP server and the database are shared by every test. */
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private String address(String name) {
		return name + "-" + run + "@outbox.test";
	}

	@Test
	void aMailArrivesWithItsTextItsHtmlAndItsHeaders() {
		var to = address("claire");
		var unsubscribe = "<https://escale.test/unsubscribe/abc>";
		var id = outbox.queue(new Mail(null, to, "Lettre des pros : l'été à \"Amboise\", 2026", "Bonjour Claire,\nÀ bientôt.",
				"<p>Bonjour <b>Claire</b>,</p><p>À bientôt.</p>", "newsletter:" + run,
				Map.of("List-Unsubscribe", unsubscribe, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

		mailbox.deliverAll();

		assertThat(mailbox.receivedBy(to)).singleElement().satisfies(mail -> {
			assertThat(mail.from()).isEqualTo("Escale <no-reply@escale.local>");
			assertThat(mail.subject()).isEqualTo("Lettre des pros : l'été à \"Amboise\", 2026");
			assertThat(mail.text()).isEqualToNormalizingNewlines("Bonjour Claire,\nÀ bientôt.");
			assertThat(mail.html()).isEqualTo("<p>Bonjour <b>Claire</b>,</p><p>À bientôt.</p>");
			assertThat(mail.header("List-Unsubscribe")).isEqualTo(unsubscribe);
			assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(mail.header("Message-ID")).isEqualTo("<" + id + "@escale.local>");
		});
		var delivery = outbox.statuses(List.of(id)).get(id);
		assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(delivery.lastError()).isNull();
		assertThat(delivery.sentAt()).isAfterOrEqualTo(delivery.queuedAt());
		assertThat(outbox.tally("newsletter:" + run)).containsEntry(Delivery.Status.SENT, 1)
			.containsEntry(Delivery.Status.QUEUED, 0).containsEntry(Delivery.Status.FAILED, 0);
	}

	@Test
	void anOfficeSignsWithItsNameAndIsAnsweredAtItsAddress() {
		var to = address("office");
		outbox.queue(new Mail(null, to, "Atelier", "Bonjour", null, "workshop",
				Map.of(Mail.SENDER_NAME, "Office de tourisme d'Amboise", "Reply-To", "Accueil <accueil@amboise.test>",
						"X-Escale-Campagne", "Fraîcheur de mars")));

		mailbox.deliverAll();

		assertThat(mailbox.receivedBy(to)).singleElement().satisfies(mail -> {
			assertThat(mail.from()).isEqualTo("Office de tourisme d'Amboise <no-reply@escale.local>");
			assertThat(mail.header("Reply-To")).isEqualTo("Accueil <accueil@amboise.test>");
			assertThat(mail.header("X-Escale-Campagne")).isEqualTo("Fraîcheur de mars");
			assertThat(mail.header(Mail.SENDER_NAME)).isNull();
		});
	}

	@Test
	void aTextOnlyMailArrivesAsPlainText() {
		var to = address("text");
		outbox.queue(new Mail(null, to, "Invitation", "Votre lien : https://escale.test/pro/invitation/x", null,
				"invitation"));

		mailbox.deliverAll();

		assertThat(mailbox.receivedBy(to)).singleElement().satisfies(mail -> {
			assertThat(mail.text()).isEqualTo("Votre lien : https://escale.test/pro/invitation/x");
			assertThat(mail.html()).isNull();
		});
	}

	@Test
	void nothingIsLostWhileTheServerIsDownAndItGoesOnceTheServerIsBack() {
		var to = address("patient");
		var id = new UUID[1];
		mailbox.whileDown(() -> {
			id[0] = outbox.queue(new Mail(null, to, "Atelier photo", "Mardi 9 h", null, "workshop"));

			assertThat(mailbox.deliverAll()).isZero();

			var waiting = outbox.statuses(List.of(id[0])).get(id[0]);
			assertThat(waiting.status()).isEqualTo(Delivery.Status.QUEUED);
			assertThat(waiting.attempts()).isPositive();
			assertThat(waiting.lastError()).startsWith("SMTP server unreachable");
			assertThat(waiting.sentAt()).isNull();
		});

		mailbox.deliverAll();

		assertThat(mailbox.receivedBy(to)).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Atelier photo"));
		var sent = outbox.statuses(List.of(id[0])).get(id[0]);
		assertThat(sent.status()).isEqualTo(Delivery.Status.SENT);
		assertThat(sent.lastError()).isNull();
	}

	@Test
	void aRecipientRefusedForGoodFailsWithoutHoldingUpTheOthers() {
		var before = address("before");
		var after = address("after");
		var refused = address("refused");
		var ids = outbox.queueAll(List.of(mail(before), mail(refused), mail("not an address " + run), mail(after)));

		mailbox.deliverAll();

		var deliveries = outbox.statuses(ids);
		assertThat(deliveries.get(ids.get(0)).status()).isEqualTo(Delivery.Status.SENT);
		assertThat(deliveries.get(ids.get(1))).satisfies(delivery -> {
			assertThat(delivery.status()).isEqualTo(Delivery.Status.FAILED);
			assertThat(delivery.attempts()).isEqualTo(1);
			assertThat(delivery.lastError()).contains("550 5.1.1 No such mailbox here");
		});
		assertThat(deliveries.get(ids.get(2))).satisfies(delivery -> {
			assertThat(delivery.status()).isEqualTo(Delivery.Status.FAILED);
			assertThat(delivery.lastError()).contains("whitespace");
		});
		assertThat(deliveries.get(ids.get(3)).status()).isEqualTo(Delivery.Status.SENT);
		assertThat(mailbox.receivedBy(before)).hasSize(1);
		assertThat(mailbox.receivedBy(after)).hasSize(1);
	}

	@Test
	void aRecipientRefusedForNowIsRetriedLaterThenGivenUpAfterTenAttempts() {
		var busy = address("busy");
		var id = outbox.queue(mail(busy));

		mailbox.deliverAll();

		var retried = outbox.statuses(List.of(id)).get(id);
		assertThat(retried.status()).isEqualTo(Delivery.Status.QUEUED);
		assertThat(retried.lastError()).contains("450 4.2.1 Mailbox busy");
		assertThat(jdbc.queryForObject("SELECT next_attempt_at - now() > interval '20 seconds' FROM platform.outgoing_mail WHERE id = ?",
				Boolean.class, id)).as("waits before the next attempt").isTrue();

		// Each call tries every waiting mail once, whatever its delay.
		for (var call = 1; call < Courier.MAX_ATTEMPTS && outbox.statuses(List.of(id)).get(id).status() == Delivery.Status.QUEUED; call++) {
			mailbox.deliverAll();
		}

		var given = outbox.statuses(List.of(id)).get(id);
		assertThat(given.status()).isEqualTo(Delivery.Status.FAILED);
		assertThat(given.attempts()).isEqualTo(Courier.MAX_ATTEMPTS);
		assertThat(mailbox.receivedBy(busy)).isEmpty();
	}

	@Test
	void couriersRunningAtOnceNeverSendAMailTwice() throws Exception {
		var recipients = IntStream.range(0, 300).mapToObj(i -> address("crowd" + i)).toList();
		var ids = outbox.queueAll(recipients.stream().map(OutboxIT::mail).toList());

		var couriers = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 3; i++) {
			couriers.add(outbox::deliverNow);
		}
		var threads = Executors.newFixedThreadPool(3);
		try {
			for (var courier : threads.invokeAll(couriers)) {
				courier.get();
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(outbox.statuses(ids).values()).allSatisfy(delivery -> {
			assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
			assertThat(delivery.attempts()).isEqualTo(1);
		});
		assertThat(recipients).allSatisfy(to -> assertThat(mailbox.receivedBy(to)).hasSize(1));
	}

	private static Mail mail(String to) {
		return new Mail(null, to, "Bienvenue", "Bonjour", "<p>Bonjour</p>", "test");
	}

}

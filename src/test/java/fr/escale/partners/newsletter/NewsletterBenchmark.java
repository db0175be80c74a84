package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import fr.escale.Mailbox;
import fr.escale.offices.Offices;
import fr.escale.platform.mail.Delivery;
import fr.escale.platform.mail.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newsletter to 10,000 partners, sent as staff send it: the segment read, every mail composed
 * with its partner's unsubscribe link, queued in the outbox and every recipient recorded, in one
 * transaction; then carried by the outbox's courier, as in production, to the test JVM's SMTP server. Not a test of the build (no {@code *IT} or {@code *Tests} name): {@code
 * bench/newsletter.sh} runs it. {@code -Dbench.partners=N} changes the count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsletterBenchmark {

	@Autowired
	Offices offices;

	@Autowired
	Newsletters newsletters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	Mailbox mailbox;


	@Test
	void newsletterToTenThousandPartners() {
		var count = Integer.getInteger("bench.partners", 10_000);
		// A server that has been running: its code compiled by the JIT, as after any first sending.
		awaitDelivery(send(1_000));
		var sending = send(count);
		var delivering = awaitDelivery(sending);

		assertThat(sending.queued()).isEqualTo(count);
		assertThat(mailbox.countReceived("@bench-" + sending.run() + ".test")).isEqualTo((long) count);
		var mail = jdbc.sql("SELECT length(text_body) + length(html_body) FROM platform.outgoing_mail WHERE topic = ? LIMIT 1")
			.param(sending.newsletter().topic())
			.query(Integer.class)
			.single();
		System.out.printf("""
				Newsletter benchmark: %,d partners (mail of %,d bytes, text + HTML, with its unsubscribe link and headers), %d cores, Java %s
				Newsletter queued: %.2f s (%,.0f mails/s): segment read, mails composed, queued and recipients recorded in one transaction
				Newsletter delivered to the SMTP server (GreenMail, same JVM): %.1f s after queueing (%,.0f messages/s)
				Newsletter machine load average: %.1f
				""", count, mail, Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
				sending.seconds(), count / sending.seconds(), delivering, count / delivering,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		assertThat(sending.seconds()).as("seconds to queue %,d mails", count).isLessThan(5);
		assertThat(count / delivering).as("messages delivered per second").isGreaterThanOrEqualTo(50);
	}

	record Sending(String run, Newsletter newsletter, int queued, double seconds) {
	}

	/** Waits until the outbox's courier, running as in production, delivered every mail; returns the seconds it took. */
	private double awaitDelivery(Sending sending) {
		var start = System.nanoTime();
		while (true) {
			var tally = outbox.tally(sending.newsletter().topic());
			assertThat(tally.get(Delivery.Status.FAILED)).isZero();
			if (tally.get(Delivery.Status.SENT) == sending.queued()) {
				return (System.nanoTime() - start) / 1e9;
			}
			assertThat(System.nanoTime() - start).as("delivered within 15 minutes").isLessThan(Duration.ofMinutes(15).toNanos());
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	/** Sends a newsletter to every partner of a new office of this many partners; times the sending alone. */
	private Sending send(int partners) {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var office = offices.first("bench-" + run, "Office de tourisme du banc d'essai").id();
		jdbc.sql("""
				INSERT INTO partners.partner (id, office_id, name, type, commune_code, email, unsubscribe_token)
				SELECT gen_random_uuid(), ?, 'Partenaire ' || i, 'HOTEL', '37261', 'partner-' || i || '@bench-' || ? || '.test',
				       md5(random()::text || i) || md5(i::text)
				FROM generate_series(1, ?) i""")
			.params(office, run, partners)
			.update();
		var newsletter = newsletters.create(office, "La lettre des pros — mars", body(), Segment.everyone(), "bench");
		var start = System.nanoTime();
		var queued = newsletters.send(office, newsletter.id(), "bench", Locale.FRENCH);
		return new Sending(run, newsletter, queued, (System.nanoTime() - start) / 1e9);
	}

	/** A letter of a realistic size: a heading, a few paragraphs, a list and a link, about 3 KB. */
	private static String body() {
		var paragraph = "<p>Les ateliers numériques reprennent en mars : <strong>photos de vos chambres</strong>, avis en "
				+ "ligne, réservation directe. Inscrivez-vous depuis votre espace pro, les places sont limitées.</p>";
		return "<h2>Ateliers du printemps</h2>" + paragraph.repeat(8)
				+ "<ul><li>Photos : mardi 10 mars</li><li>Avis en ligne : jeudi 12 mars</li></ul>"
				+ "<p><a href=\"https://escale.test/pro/workshops\">Voir les ateliers</a></p>";
	}

}

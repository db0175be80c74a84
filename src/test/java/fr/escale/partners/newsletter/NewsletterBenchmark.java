package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.UUID;

import fr.escale.offices.Offices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newsletter to 10,000 partners, sent as staff send it: the segment read, every mail composed
 * with its partner's unsubscribe link, queued in the outbox and every recipient recorded, in one
 * transaction. Not a test of the build (no {@code *IT} or {@code *Tests} name): {@code
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
	Recipients recipients;

	@Autowired
	NewsletterMails mails;

	@Autowired
	fr.escale.platform.mail.Outbox outbox;

	@Test
	void newsletterToTenThousandPartners() {
		var count = Integer.getInteger("bench.partners", 10_000);
		// A server that has been running: its code compiled by the JIT, as after any first sending.
		send(1_000);
		var sending = send(count);

		assertThat(sending.queued()).isEqualTo(count);
		var mail = jdbc.sql("SELECT length(text_body) + length(html_body) FROM platform.outgoing_mail WHERE topic = ? LIMIT 1")
			.param(sending.newsletter().topic())
			.query(Integer.class)
			.single();
		System.out.printf("""
				Newsletter benchmark: %,d partners (mail of %,d bytes, text + HTML, with its unsubscribe link and headers), %d cores, Java %s
				Newsletter queued: %.2f s (%,.0f mails/s): segment read, mails composed, queued and recipients recorded in one transaction
				Newsletter machine load average: %.1f
				""", count, mail, Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
				sending.seconds(), count / sending.seconds(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		assertThat(sending.seconds()).as("seconds to queue %,d mails", count).isLessThan(5);
	}

	record Sending(Newsletter newsletter, int queued, double seconds) {
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
		return new Sending(newsletter, queued, (System.nanoTime() - start) / 1e9);
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

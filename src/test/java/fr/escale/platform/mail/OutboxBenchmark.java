package fr.escale.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import fr.escale.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A newsletter to 10,000 partners: queued through {@link Outbox#queueAll} in one transaction, then
 * carried by the scheduled courier, as in production, to the test JVM's SMTP server (GreenMail);
 * twice, the JVM cold then warm.
 * Not a test of the build (no {@code *IT} or {@code *Tests} name): {@code bench/outbox.sh} runs it.
 * {@code -Dbench.mails=N} changes the count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxBenchmark {

	private static final Duration PATIENCE = Duration.ofMinutes(15);

	@Autowired
	Outbox outbox;

	@Autowired
	Mailbox mailbox;

	@Test
	void newsletterToTenThousandPartners() throws InterruptedException {
		var count = Integer.getInteger("bench.mails", 10_000);
		System.out.printf("Outbox benchmark: %,d mails (text + HTML %,d bytes, List-Unsubscribe headers), %d cores, Java %s%n",
				count, newsletter("x@bench.test", "x").text().length() + newsletter("x@bench.test", "x").html().length(),
				Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
		// The first newsletter of a freshly started JVM, then another one as a server running for a while sends it.
		for (var sending : List.of("first (cold JVM)", "second (warm JVM)")) {
			newsletter(count, sending);
		}
	}

	private void newsletter(int count, String sending) throws InterruptedException {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var domain = "@bench-" + run + ".test";
		var topic = "newsletter:bench-" + run;
		var mails = IntStream.range(0, count).mapToObj(i -> newsletter("partner-" + i + domain, topic)).toList();

		var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		var cpuStart = cpu.getProcessCpuTime();
		var start = System.nanoTime();
		outbox.queueAll(mails);
		var queued = System.nanoTime();
		var cpuQueued = cpu.getProcessCpuTime();
		long sent;
		do {
			Thread.sleep(50);
			var tally = outbox.tally(topic);
			sent = tally.get(Delivery.Status.SENT);
			assertThat(tally.get(Delivery.Status.FAILED)).isZero();
			assertThat(System.nanoTime() - start).as("delivered within %s", PATIENCE).isLessThan(PATIENCE.toNanos());
		}
		while (sent < count);
		var delivered = System.nanoTime();
		var cpuDelivering = (cpu.getProcessCpuTime() - cpuQueued) / 1e9;
		assertThat(mailbox.countReceived(domain)).isEqualTo((long) count);

		var queueing = (queued - start) / 1e9;
		var delivering = (delivered - queued) / 1e9;
		var total = (delivered - start) / 1e9;
		System.out.printf("""
				Outbox %s newsletter, queued: %.2f s (%,.0f mails/s), %.2f s of JVM CPU
				Outbox %s newsletter, delivered: %.1f s after queueing (%,.0f messages/s), %.1f ms of JVM CPU per message (Escale and GreenMail)
				Outbox %s newsletter, end to end: %.1f s (%,.0f messages/s); load average %.1f
				""", sending, queueing, count / queueing, (cpuQueued - cpuStart) / 1e9, sending, delivering,
				count / delivering, cpuDelivering * 1000 / count, sending, total, count / total, cpu.getSystemLoadAverage());
	}

	/** A newsletter of a realistic size: a few paragraphs, about 1 KB of text and 3 KB of HTML. */
	private static Mail newsletter(String to, String topic) {
		var paragraph = "Les ateliers numériques reprennent en mars : photos de vos chambres, avis en ligne, "
				+ "réservation directe. Inscrivez-vous depuis votre espace pro, les places sont limitées. ";
		var text = "Bonjour,\n\n" + paragraph.repeat(5) + "\n\nL'équipe de l'office de tourisme";
		var html = "<html><body><h1>La lettre des pros</h1>"
				+ ("<p style=\"font-family:sans-serif;line-height:1.5\">" + paragraph + "</p>").repeat(12)
				+ "<p><a href=\"https://escale.test/pro\">Votre espace pro</a></p></body></html>";
		var unsubscribe = "https://escale.test/unsubscribe/" + UUID.randomUUID();
		return new Mail(null, to, "La lettre des pros — mars", text, html, topic,
				Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
	}

}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The search benchmark's load: the four kinds of query the issue names, each with its facet counts,
 * sent over HTTP by N concurrent clients for a fixed time. Every request draws its own values (a
 * word among 25, a town among the region's 30 largest, a point of the region, a day), so the figures are of
 * searching, not of answering the same few queries from a cache.
 *
 * java bench/SearchLoad.java http://localhost:8080 [clients=16] [seconds=60] [seed=37] [warm-up seconds=30]
 */
public class SearchLoad {

	static final List<String> WORDS = List.of("château", "musée", "jardin", "vin", "cave", "randonnée", "vélo",
			"église", "hôtel", "camping", "restaurant", "gîte", "visite", "balade", "marché", "concert", "exposition",
			"piscine", "golf", "ferme", "abbaye", "moulin", "forêt", "loire", "chambre");

	// A word with the type a counsellor would tick beside it.
	static final List<String[]> WORD_AND_TYPE = List.of(new String[] { "restaurant", "Restaurant" },
			new String[] { "hôtel", "Hotel" }, new String[] { "camping", "CampingAndCaravanning" },
			new String[] { "château", "CulturalSite" }, new String[] { "gîte", "Accommodation" },
			new String[] { "visite", "EntertainmentAndEvent" }, new String[] { "vin", "Tasting" });

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 37;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 30;
		// The region's 30 largest towns (bench/sql/q2 draws from the same list).
		var towns = List.of("37261", "45234", "18033", "41018", "36044", "37122", "28085", "28134", "18279", "45232", "45284", "45147", "41194", "45302", "37214", "45285", "28218", "37233", "41269", "37208", "45208", "45004", "45155", "37003", "28088", "37050", "45068", "28404", "37156", "36088");

		Map<String, Function<Random, String>> mix = new LinkedHashMap<>();
		mix.put("broad word (e.g. château)", r -> "q=" + enc(pick(r, WORDS)));
		mix.put("text + type + commune", r -> {
			var pair = pick(r, WORD_AND_TYPE);
			return "q=" + enc(pair[0]) + "&type=" + pair[1] + "&commune=" + pick(r, towns);
		});
		// A point of the region's box, as bench/sql/q3 draws it.
		mix.put("10 km around a point", r -> "near=" + (46.4 + r.nextInt(2501) / 1000.0) + ","
				+ (-0.3 + r.nextInt(3401) / 1000.0) + "&radiusKm=10");
		mix.put("open on a day", r -> "on=" + LocalDate.of(2020, 1, 1).plusDays(r.nextInt(548)));

		var http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		var kinds = new ArrayList<>(mix.entrySet());
		var latencies = new ConcurrentHashMap<String, List<Long>>();
		var matches = new ConcurrentHashMap<String, AtomicLong>();
		kinds.forEach(k -> {
			latencies.put(k.getKey(), Collections.synchronizedList(new ArrayList<>()));
			matches.put(k.getKey(), new AtomicLong());
		});
		var errors = new AtomicLong();

		// Warm-up: the same load on other values for a while, so the figures are of a running node
		// (JIT compiled, index pages in memory), not of its first minute.
		run(http, base, kinds, clients, warmup, seed + 1000, null, null, errors);
		errors.set(0);
		run(http, base, kinds, clients, seconds, seed, latencies, matches, errors);
		var all = new ArrayList<Long>();
		System.out.printf("%d clients, %d s after %d s of warm-up, %s, seed %d%n", clients, seconds, warmup, base, seed);
		System.out.printf("%-28s %12s %9s %8s %8s %8s%n", "query", "avg matches", "requests", "p50 ms", "p95 ms", "p99 ms");
		for (var kind : kinds) {
			var list = new ArrayList<>(latencies.get(kind.getKey()));
			all.addAll(list);
			print(kind.getKey(), list.isEmpty() ? -1 : matches.get(kind.getKey()).get() / list.size(), list);
		}
		print("all", -1, all);
		System.out.printf("throughput %.0f requests/s, errors %d%n", all.size() / (double) seconds, errors.get());
	}

	/** N clients, each sending one query after another for the given time; latencies kept when asked. */
	static void run(HttpClient http, String base, List<Map.Entry<String, Function<Random, String>>> kinds, int clients,
			int seconds, long seed, Map<String, List<Long>> latencies, Map<String, AtomicLong> matches, AtomicLong errors)
			throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		var done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			int offset = c;
			var random = new Random(seed + c);
			new Thread(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					var kind = kinds.get(i++ % kinds.size());
					String query = kind.getValue().apply(random);
					long start = System.nanoTime();
					try {
						var response = send(http, base, query);
						long took = System.nanoTime() - start;
						if (response.statusCode() != 200 || !response.body().contains("\"facets\"")) {
							errors.incrementAndGet();
						}
						else if (latencies != null) {
							latencies.get(kind.getKey()).add(took);
							matches.get(kind.getKey()).addAndGet(total(response.body()));
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				done.countDown();
			}).start();
		}
		done.await();
	}

	static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	static HttpResponse<String> send(HttpClient http, String base, String query) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/offers?" + query)).GET().build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static long total(String body) {
		int at = body.indexOf("\"total\":");
		if (at < 0) {
			return 0;
		}
		int from = at + 8;
		int to = from;
		while (to < body.length() && Character.isDigit(body.charAt(to))) {
			to++;
		}
		return Long.parseLong(body.substring(from, to));
	}

	static void print(String name, long matches, List<Long> nanos) {
		Collections.sort(nanos);
		System.out.printf("%-28s %12s %9d %8.1f %8.1f %8.1f%n", name, matches < 0 ? "" : String.valueOf(matches),
				nanos.size(), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
	}

	static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search benchmark's load: a fixed mix of queries sent over HTTP by N concurrent clients for a
 * fixed time, each answer checked, latencies reported per query and overall (p50, p95, p99).
 *
 * java bench/SearchLoad.java http://localhost:8080 [clients=16] [seconds=60]
 */
public class SearchLoad {

	// One of each kind the issue names; each answer includes its facet counts.
	static final Map<String, String> MIX = new LinkedHashMap<>();
	static {
		MIX.put("broad word: château", "q=" + enc("château"));
		MIX.put("text + type + commune", "q=" + enc("restaurant") + "&type=Restaurant&commune=37261");
		MIX.put("10 km around Amboise", "near=47.4133,0.9861&radiusKm=10");
		MIX.put("open on a date", "on=2020-07-14");
		MIX.put("text near, by distance", "q=" + enc("randonnée") + "&near=47.39,0.69&radiusKm=20&sort=distance");
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var queries = new ArrayList<>(MIX.entrySet());
		var latencies = new ConcurrentHashMap<String, List<Long>>();
		var totals = new ConcurrentHashMap<String, Long>();
		queries.forEach(q -> latencies.put(q.getKey(), Collections.synchronizedList(new ArrayList<>())));
		var errors = new AtomicLong();

		// Warm-up: every query a few times, so the figures are of a running node, not of a cold JIT.
		for (int i = 0; i < 20; i++) {
			for (var q : queries) {
				send(http, base, q.getValue());
			}
		}
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		var done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			int offset = c;
			new Thread(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					var q = queries.get(i++ % queries.size());
					long start = System.nanoTime();
					try {
						var response = send(http, base, q.getValue());
						long took = System.nanoTime() - start;
						if (response.statusCode() != 200 || !response.body().contains("\"facets\"")) {
							errors.incrementAndGet();
						}
						else {
							latencies.get(q.getKey()).add(took);
							totals.put(q.getKey(), total(response.body()));
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
		var all = new ArrayList<Long>();
		System.out.printf("%d clients, %d s, %s%n", clients, seconds, base);
		System.out.printf("%-26s %9s %9s %8s %8s %8s%n", "query", "matches", "requests", "p50 ms", "p95 ms", "p99 ms");
		for (var q : queries) {
			var list = new ArrayList<>(latencies.get(q.getKey()));
			all.addAll(list);
			print(q.getKey(), totals.getOrDefault(q.getKey(), -1L), list);
		}
		print("all", -1, all);
		System.out.printf("throughput %.0f requests/s, errors %d%n", all.size() / (double) seconds, errors.get());
	}

	static HttpResponse<String> send(HttpClient http, String base, String query) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/offers?" + query)).GET().build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static long total(String body) {
		int at = body.indexOf("\"total\":");
		if (at < 0) {
			return -1;
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
		System.out.printf("%-26s %9s %9d %8.1f %8.1f %8.1f%n", name, matches < 0 ? "" : String.valueOf(matches), nanos.size(),
				pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
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

package fr.escale.catalog.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.store.MMapDirectory;

/**
 * Fills an index with 100,000 generated offers over about 1,800 communes and 20 offices, then runs
 * a fixed mix of queries from 16 threads and prints p50/p95/p99 per query kind. Not a test: run
 * its {@code main} to tune the index:
 * {@code java -cp ... OfferIndexBenchmark [offers=100000] [threads=16] [rounds=150] [cachedResults=0]}.
 */
public final class OfferIndexBenchmark {

	static final String[] SYLLABLES = { "bar", "ville", "mont", "saint", "bois", "fon", "tain", "bleau", "roche",
			"cour", "lan", "mar", "gny", "ter", "vaux", "champ", "lieu", "sur", "loire", "ay", "mes", "nil", "ré",
			"au", "tours", "bri", "sac", "ven", "dô", "mé" };

	static final String[] VOCABULARY = ("château jardin vigne cave loire rivière forêt sentier panorama église abbaye "
			+ "musée exposition terrasse spectacle marché producteur fromage vin dégustation vélo randonnée famille "
			+ "enfant piscine spa chambre suite petit-déjeuner parking animaux patrimoine médiéval renaissance roi "
			+ "reine donjon tour remparts pont moulin lavoir troglodyte gastronomie cuisine terroir saison visite "
			+ "guidée atelier concert festival nuit lumière feu artifice balade bateau canoë pêche golf tennis "
			+ "parc animalier zoo ferme bio calme nature étang lac vue superbe charme authentique familial "
			+ "convivial accueil chaleureux historique village bourg centre gare proche accès")
		.split(" ");

	record Kind(String label, List<String> types, String namePrefix) {
	}

	static final List<Kind> KINDS = List.of(new Kind("castle", List.of("CulturalSite", "Castle"), "Château"),
			new Kind("church", List.of("CulturalSite", "ReligiousSite", "Church"), "Église"),
			new Kind("museum", List.of("CulturalSite", "Museum"), "Musée"),
			new Kind("hotel", List.of("Accommodation", "Hotel"), "Hôtel"),
			new Kind("camping", List.of("Accommodation", "Camping"), "Camping"),
			new Kind("gite", List.of("Accommodation", "SelfCateringAccommodation"), "Gîte"),
			new Kind("restaurant", List.of("FoodEstablishment", "Restaurant"), "Restaurant"),
			new Kind("tour", List.of("Tour", "WalkingTour"), "Randonnée"),
			new Kind("event", List.of("Event", "CulturalEvent"), "Festival"),
			new Kind("market", List.of("Store", "Market"), "Marché"),
			new Kind("winery", List.of("Store", "Winery"), "Cave"),
			new Kind("park", List.of("NaturalHeritage", "Park"), "Parc"));

	static final List<String> LABELS = List.of("Qualité Tourisme", "Clef Verte", "Accueil Vélo",
			"Tourisme & Handicap", "Vignobles & Découvertes", "Destination d'excellence", "Maître Restaurateur",
			"Logis");

	public record Commune(String code, String name, double latitude, double longitude, UUID office) {
	}

	public static void main(String[] args) throws Exception {
		int offerCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 150;
		int cachedResults = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		Random random = new Random(42);
		List<UUID> offices = Stream.generate(() -> new UUID(random.nextLong(), random.nextLong())).limit(20).toList();
		List<Commune> communes = new ArrayList<>();
		for (int i = 0; i < 1_800; i++) {
			String name = capitalize(SYLLABLES[random.nextInt(SYLLABLES.length)]
					+ SYLLABLES[random.nextInt(SYLLABLES.length)]
					+ (random.nextInt(3) == 0 ? "-" + SYLLABLES[random.nextInt(SYLLABLES.length)] : ""));
			int office = i * offices.size() / 1_800;
			// Each office covers a patch of about 90 communes, as a real territory does.
			double latitude = 44 + (office / 5) * 1.2 + random.nextDouble() * 1.0;
			double longitude = -1 + (office % 5) * 1.4 + random.nextDouble() * 1.2;
			communes.add(new Commune(String.format("%05d", 1_000 + i * 7), name, latitude, longitude,
					offices.get(office)));
		}

		Path folder = Files.createTempDirectory("offer-index-benchmark");
		try (MMapDirectory directory = new MMapDirectory(folder); OfferIndex index = new OfferIndex(directory, cachedResults)) {
			long start = System.nanoTime();
			List<SearchDocument> batch = new ArrayList<>();
			for (int i = 0; i < offerCount; i++) {
				batch.add(offer(i, random, communes));
				if (batch.size() == 1_000) {
					index.upsert(batch);
					batch.clear();
				}
			}
			index.upsert(batch);
			index.commit();
			index.refresh();
			System.out.printf("Result cache: %s%n", cachedResults > 0 ? cachedResults + " entries" : "off");
			System.out.printf("Indexed %,d offers in %,d ms (%s)%n", index.size(), (System.nanoTime() - start) / 1_000_000,
					folder);

			Map<String, Function<Random, OfferQuery>> mix = new LinkedHashMap<>();
			mix.put("château, all offices, facets", r -> new OfferQuery(null, "château", null, null, null, null, null,
					null, null, null, 0, 20));
			mix.put("château, one office, facets", r -> new OfferQuery(offices.get(r.nextInt(offices.size())),
					"château", null, null, null, null, null, null, null, null, 0, 20));
			mix.put("château + type, drill sideways", r -> new OfferQuery(offices.get(r.nextInt(offices.size())),
					"château", List.of("Castle"), null, null, null, null, null, null, null, 0, 20));
			mix.put("two words with a typo", r -> new OfferQuery(offices.get(r.nextInt(offices.size())),
					"chataux renaissance", null, null, null, null, null, null, null, null, 0, 20));
			mix.put("text + type + commune", r -> {
				Commune commune = communes.get(r.nextInt(communes.size()));
				return new OfferQuery(commune.office(), "jardin", List.of("CulturalSite"), commune.code(), null, null,
						null, null, null, null, 0, 20);
			});
			mix.put("10 km around a point", r -> {
				Commune commune = communes.get(r.nextInt(communes.size()));
				return new OfferQuery(commune.office(), null, null, null, commune.latitude(), commune.longitude(), 10.0,
						null, null, null, 0, 20);
			});
			mix.put("open on a date", r -> new OfferQuery(offices.get(r.nextInt(offices.size())), null, null, null,
					null, null, null, LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), null, null, 0, 20));
			mix.put("date + type, all offices", r -> new OfferQuery(null, null, List.of("Event"), null, null, null,
					null, LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), null, null, 0, 20));

			List<String> kinds = new ArrayList<>(mix.keySet());
			// Warm up the JIT and the page cache before measuring.
			for (int i = 0; i < 3_000; i++) {
				index.search(mix.get(kinds.get(i % kinds.size())).apply(random));
			}
			for (String kind : kinds) {
				SearchResults results = index.search(mix.get(kind).apply(new Random(7)));
				System.out.printf("  %-30s total %,7d, first: %s%n", kind, results.total(),
						results.hits().isEmpty() ? "-" : results.hits().get(0).name());
			}

			Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
			kinds.forEach(kind -> latencies.put(kind, new ConcurrentLinkedQueue<>()));
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			long wall = System.nanoTime();
			List<Future<?>> clients = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				clients.add(pool.submit(() -> {
					Random r = ThreadLocalRandom.current();
					for (int round = 0; round < rounds; round++) {
						for (String kind : kinds) {
							OfferQuery query = mix.get(kind).apply(r);
							long began = System.nanoTime();
							index.search(query);
							latencies.get(kind).add(System.nanoTime() - began);
						}
					}
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
			wall = System.nanoTime() - wall;
			pool.shutdown();
			long queries = (long) threads * rounds * kinds.size();
			System.out.printf("%d threads, %,d queries in %,d ms: %,.0f queries/s on %d cores%n", threads, queries,
					wall / 1_000_000, queries * 1e9 / wall, Runtime.getRuntime().availableProcessors());
			System.out.printf("  %-30s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms");
			for (String kind : kinds) {
				long[] sorted = latencies.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
				System.out.printf("  %-30s %8.1f %8.1f %8.1f%n", kind, percentile(sorted, 50), percentile(sorted, 95),
						percentile(sorted, 99));
			}
			long[] all = latencies.values().stream().flatMap(q -> q.stream()).mapToLong(Long::longValue).sorted()
				.toArray();
			System.out.printf("  %-30s %8.1f %8.1f %8.1f%n", "all", percentile(all, 50), percentile(all, 95),
					percentile(all, 99));
		}
		finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	public static SearchDocument offer(int number, Random random, List<Commune> communes) {
		Commune commune = communes.get(random.nextInt(communes.size()));
		Kind kind = KINDS.get(random.nextInt(KINDS.size()));
		String name = kind.namePrefix() + " " + (random.nextBoolean() ? "de " + commune.name()
				: capitalize(VOCABULARY[random.nextInt(VOCABULARY.length)]) + " "
						+ capitalize(SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]));
		StringBuilder text = new StringBuilder();
		int words = 30 + random.nextInt(60);
		for (int i = 0; i < words; i++) {
			text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(i % 12 == 11 ? ". " : " ");
		}
		List<String> labels = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			String label = LABELS.get(random.nextInt(LABELS.size()));
			if (!labels.contains(label)) {
				labels.add(label);
			}
		}
		List<DateSpan> openings = new ArrayList<>();
		LocalDate january = LocalDate.of(2026, 1, 1);
		if (kind.label().equals("event")) {
			LocalDate day = january.plusDays(random.nextInt(365));
			openings.add(new DateSpan(day, day.plusDays(random.nextInt(3)), Set.of()));
		}
		else if (kind.label().equals("market")) {
			DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
			openings.add(new DateSpan(january, january.plusDays(364), Set.of(day)));
		}
		else if (random.nextInt(10) < 7) {
			LocalDate start = january.plusDays(random.nextInt(120));
			Set<DayOfWeek> days = random.nextBoolean() ? Set.of()
					: EnumSet.complementOf(EnumSet.of(DayOfWeek.of(1 + random.nextInt(7))));
			openings.add(new DateSpan(start, start.plusDays(90 + random.nextInt(150)), days));
		}
		double latitude = commune.latitude() + (random.nextDouble() - 0.5) * 0.05;
		double longitude = commune.longitude() + (random.nextDouble() - 0.5) * 0.05;
		return new SearchDocument(new UUID(7, number), commune.office(), number + 1,
				Map.of("fr", name, "en", name + " (en)"), Map.of("fr", text.toString()), kind.types(), commune.code(),
				commune.name(), latitude, longitude, labels, openings);
	}

	static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, rank)] / 1e6;
	}

	static String capitalize(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private OfferIndexBenchmark() {
	}


}

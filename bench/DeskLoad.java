import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The desk's logging load: counsellors of one office logging requests at once through the real screens
 * (form login, CSRF token read from the pages, the SESSION cookie), as the issue asks: « logging a request
 * answers in under 100 ms at p95 with 20 counsellors at once ».
 *
 * The administrator of the office creates the information points and the counsellors' accounts with the
 * staff pages, and gathers offers to recommend by the desk's own offer search; then each counsellor logs in
 * and, on a thread of its own with its own HTTP client, posts requests to POST /desk and counted visitors
 * to POST /desk/count (one in four): first flat out on a warm-up point; then one counsellor alone posting,
 * then loading the page (what each costs with nobody else on the server); then all at a rush-hour pace (a
 * detailed request every 5 to 10 s of conversation, a counted visitor every 1 to 3 s, the page after the
 * redirect loaded as the browser does, and timed apart); then all clicking at the same instant every 3 s
 * (the page after loaded too); then flat out (no page after). Only the POST is timed, up to its answer; a
 * post counts as logged only when answered by the redirect to /desk.
 *
 * java bench/DeskLoad.java http://localhost:18438 admin@escale.local password
 *     [counsellors=20] [rush seconds=120] [flat-out seconds=60] [warm-up seconds=30] [all-at-once seconds=30]
 *     [seed=4] [app pid] [postgres pid]
 *
 * With -Djfr=prefix (and the app's pid), records the app with Java Flight Recorder over each measured phase
 * (prefix-rush-hour.jfr...).
 * Prints the table on stdout, then one line « logged N counted N offers N » (successes, all phases, warm-up
 * included) that bench/desk-logging.sh checks against the database.
 */
public class DeskLoad {

	static final String PASSWORD = "banc-d-essai-2026";

	static final String WARM_UP_POINT = "Échauffement du banc";

	/** Where the counsellors work: most at the main desk. */
	static final List<String> POINTS = List.of("Accueil centre-ville", "Bureau de la gare", "Accueil du château");

	static final List<String> SEARCHED = List.of("château", "musée", "vin", "vélo", "jardin", "restaurant", "hôtel",
			"balade", "marché", "cave", "camping", "abbaye");

	/** Countries as picked in the datalist (French names), weighted as a Loire valley summer desk sees them. */
	static final String[][] COUNTRIES = { { "France", "55", "fr" }, { "Allemagne", "8", "de" },
			{ "Royaume-Uni", "8", "en" }, { "Belgique", "6", "fr" }, { "Pays-Bas", "5", "nl" },
			{ "États-Unis", "4", "en" }, { "Espagne", "3", "es" }, { "Italie", "3", "it" }, { "Suisse", "3", "fr" },
			{ "Canada", "2", "en" }, { "Japon", "1", "ja" }, { "", "2", "" } };

	static final List<String> AREAS = List.of("37", "37", "37000", "75", "75011", "92", "41", "49", "44", "69003", "33",
			"59", "2A", "974", "45000", "35");

	static final List<String> TOPICS = List.of("ACCOMMODATION", "EVENTS", "HIKING", "CYCLING", "HERITAGE", "FOOD",
			"TRANSPORT", "PRACTICAL", "SHOPPING", "LEISURE");

	static final List<String> KINDS = List.of("", "ALONE", "COUPLE", "COUPLE", "FAMILY", "FAMILY", "FRIENDS", "GROUP");

	static final List<String> NOTES = List.of("Cherche un vélo à assistance électrique pour deux jours",
			"Horaires des navettes pour Amboise", "Plan de la ville et parkings gratuits",
			"Demande un restaurant ouvert le lundi soir", "Visite guidée en allemand ?");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern OPTION = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>([^<]*)</option>");

	static final Pattern OFFER = Pattern.compile("name=\"offers\" value=\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("java bench/DeskLoad.java <base URL> <admin e-mail> <admin password> [counsellors] "
					+ "[rush s] [flat-out s] [warm-up s] [all-at-once s] [seed] [app pid] [postgres pid]");
			System.exit(2);
		}
		String base = args[0];
		String adminEmail = args[1];
		String adminPassword = args[2];
		int counsellors = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		int rushSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 120;
		int flatSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
		int warmupSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 30;
		int burstSeconds = args.length > 7 ? Integer.parseInt(args[7]) : 30;
		long seed = args.length > 8 ? Long.parseLong(args[8]) : 4;
		long appPid = args.length > 9 ? Long.parseLong(args[9]) : -1;
		long pgPid = args.length > 10 ? Long.parseLong(args[10]) : -1;

		// --- the office: points, counsellors, offers to recommend ---------------------------------
		var admin = new Session(base);
		admin.login(adminEmail, adminPassword);
		var existing = admin.desk();
		for (var name : Stream.concat(POINTS.stream(), Stream.of(WARM_UP_POINT)).toList()) {
			if (!existing.points.containsKey(name)) {
				admin.post("/desk/points/new", admin.token("/desk/points/new"), Map.of("name", name, "kind", "DESK",
						"commune", "37261", "latitude", "", "longitude", "", "openingHours", "9h30-18h30",
						"runBy", "", "startsOn", "", "endsOn", "", "active", "true"), "/desk/points");
			}
		}
		var pointIds = admin.desk().points;
		String staffToken = admin.token("/staff");
		for (int c = 1; c <= counsellors; c++) {
			admin.post("/staff", staffToken, Map.of("displayName", "Conseiller " + c, "email", email(c), "role",
					"COUNSELLOR", "password", PASSWORD), "/staff");
		}
		var offers = new ArrayList<String>();
		for (var word : SEARCHED) {
			var found = OFFER.matcher(admin.get("/desk/offers?q=" + enc(word)).body());
			while (found.find()) {
				if (!offers.contains(found.group(1))) {
					offers.add(found.group(1));
				}
			}
		}
		log("%d points, %d counsellors created, %d offers to recommend", pointIds.size(), counsellors, offers.size());

		var desks = new ArrayList<Counsellor>();
		for (int c = 1; c <= counsellors; c++) {
			var session = new Session(base);
			session.login(email(c), PASSWORD);
			// Twelve at the main desk, the others at the station and the château.
			String point = POINTS.get(c <= counsellors * 3 / 5 ? 0 : c <= counsellors * 17 / 20 ? 1 : 2);
			var desk = session.desk();
			desks.add(new Counsellor(session, desk.token, pointIds.get(point), new Random(seed * 1000 + c), offers));
		}
		log("%d counsellors logged in", desks.size());

		// --- the load ---------------------------------------------------------------------------------
		// What the app burns doing nothing (schedules, pools), to tell apart from what requests cost.
		String idle = "";
		if (appPid > 0) {
			double app0 = cpuSeconds(appPid, false), pg0 = cpuSeconds(pgPid, true);
			Thread.sleep(15_000);
			idle = "at rest (15 s before the load): Escale %.0f %% of a core, PostgreSQL %.0f %%%n".formatted(
					(cpuSeconds(appPid, false) - app0) * 100 / 15, (cpuSeconds(pgPid, true) - pg0) * 100 / 15);
		}
		var warmup = new Phase("warm-up (flat out)", warmupSeconds, Pace.FLAT_OUT);
		desks.forEach(d -> d.point = pointIds.get(WARM_UP_POINT));
		warmup.run(desks, appPid, pgPid);
		// Back at their own points: one counted visitor each, so that the session remembers the point.
		for (var desk : desks) {
			desk.point = desk.home;
			desk.send(warmup, true);
		}
		// One counsellor alone first: what a post costs with nobody else on the server (posted at the
		// warm-up point, so that the desks' lists of the day stay as the rush hour makes them), then the
		// page with the day's list still nearly empty.
		var alone = new Phase("one alone, posts", 15, Pace.FLAT_OUT, 0) {
			@Override
			void run(List<Counsellor> all, long appPid, long pgPid) throws InterruptedException {
				all.get(0).point = pointIds.get(WARM_UP_POINT);
				super.run(all, appPid, pgPid);
				all.get(0).point = all.get(0).home;
			}
		};
		var phases = List.of(warmup, alone, new Phase("one alone, page", 15, Pace.PAGE_ONLY, 1),
				new Phase("rush hour", rushSeconds, Pace.RUSH_HOUR),
				new Phase("all at once", burstSeconds, Pace.ALL_AT_ONCE), new Phase("flat out", flatSeconds, Pace.FLAT_OUT));
		var jfr = System.getProperty("jfr");
		for (var phase : phases.subList(1, phases.size())) {
			if (jfr != null) {
				jcmd(appPid, "JFR.start", "name=desk", "settings=profile");
			}
			phase.run(desks, appPid, pgPid);
			if (jfr != null) {
				jcmd(appPid, "JFR.stop", "name=desk", "filename=" + jfr + "-" + phase.name.replaceAll("[^a-z0-9]+", "-") + ".jfr");
			}
		}

		System.out.printf("%d counsellors of one office, one thread and one HTTP client each; POST timed alone, "
				+ "up to its answer (the redirect to /desk)%n%n", counsellors);
		System.out.printf("| %-18s | %-22s | %7s | %6s | %9s | %8s | %8s | %8s | %8s |%n", "phase", "what", "ok",
				"failed", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms");
		System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
		for (var phase : phases) {
			phase.print();
		}
		System.out.println();
		System.out.print(idle);
		for (var phase : phases) {
			System.out.printf("%s: %d s, load average %s → %s%s%n", phase.name, phase.seconds, phase.loadBefore,
					phase.loadAfter, phase.cpu());
		}
		long logged = 0, counted = 0, recommended = 0;
		for (var phase : phases) {
			logged += phase.post.ok.size();
			counted += phase.count.ok.size();
			recommended += phase.offersSent.get();
		}
		System.out.printf("%nlogged %d counted %d offers %d%n", logged, counted, recommended);
	}

	/** Runs the JDK's jcmd (beside the java running this) on the app. */
	static void jcmd(long pid, String... command) throws Exception {
		var java = Path.of(ProcessHandle.current().info().command().orElseThrow());
		var line = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), String.valueOf(pid)));
		line.addAll(List.of(command));
		var process = new ProcessBuilder(line).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", line) + ": " + output);
		}
	}

	static String email(int c) {
		return "conseiller%02d@banc.escale.local".formatted(c);
	}

	static void log(String format, Object... args) {
		System.err.printf("[DeskLoad] " + format + "%n", args);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	enum Pace {
		FLAT_OUT, RUSH_HOUR, ALL_AT_ONCE, PAGE_ONLY
	}

	/** What one kind of post measured in a phase. */
	static final class Measure {

		final String what;

		final List<Long> ok = Collections.synchronizedList(new ArrayList<>());

		final AtomicLong failed = new AtomicLong();

		final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		Measure(String what) {
			this.what = what;
		}

		void failure(String sample) {
			failed.incrementAndGet();
			if (failures.size() < 3) {
				failures.add(sample);
			}
		}

	}

	static class Phase {

		final String name;

		final int seconds;

		/** Rush-hour pace or all counsellors at the same instant; else flat out. */
		final Pace pace;

		/** The one counsellor who takes part, by index (-1: all). */
		final int only;

		/** All at once: the time between two bursts. */
		static final long BURST_PERIOD = 3_000_000_000L;

		long start;

		final Measure post = new Measure("POST /desk");

		final Measure count = new Measure("POST /desk/count");

		final Measure page = new Measure("GET /desk after (apart)");

		final AtomicLong offersSent = new AtomicLong();

		String loadBefore, loadAfter;

		double appCpu = -1, pgCpu = -1, ownCpu;

		Phase(String name, int seconds, Pace pace) {
			this(name, seconds, pace, -1);
		}

		Phase(String name, int seconds, Pace pace, int only) {
			this.name = name;
			this.seconds = seconds;
			this.pace = pace;
			this.only = only;
		}

		/**
		 * Whether the desk page is loaded after the redirect, as the browser does: not when flat out, but
		 * once in 20 in the warm-up so that the page's code is compiled too.
		 */
		boolean follows(Random random) {
			return pace == Pace.RUSH_HOUR || pace == Pace.ALL_AT_ONCE
					|| name.startsWith("warm-up") && random.nextInt(20) == 0;
		}

		void run(List<Counsellor> all, long appPid, long pgPid) throws InterruptedException {
			var desks = only < 0 ? all : all.subList(only, only + 1);
			log("%s: %d counsellors, %d s", name, desks.size(), seconds);
			loadBefore = load();
			double app0 = cpuSeconds(appPid, false), pg0 = cpuSeconds(pgPid, true), own0 = cpuSeconds(self(), false);
			start = System.nanoTime();
			long end = start + seconds * 1_000_000_000L;
			var done = new CountDownLatch(desks.size());
			for (var desk : desks) {
				new Thread(() -> {
					try {
						while (System.nanoTime() < end) {
							desk.next(this, end);
						}
					}
					finally {
						done.countDown();
					}
				}).start();
			}
			done.await();
			loadAfter = load();
			ownCpu = cpuSeconds(self(), false) - own0;
			if (appPid > 0) {
				appCpu = cpuSeconds(appPid, false) - app0;
			}
			if (pgPid > 0) {
				pgCpu = cpuSeconds(pgPid, true) - pg0;
			}
			for (var m : List.of(post, count, page)) {
				m.failures.forEach(f -> log("%s, %s failed: %s", name, m.what, f));
			}
		}

		void print() {
			if (pace == Pace.PAGE_ONLY) {
				row("GET /desk", page.ok, page.failed.get());
				return;
			}
			var all = new ArrayList<Long>();
			all.addAll(post.ok);
			all.addAll(count.ok);
			row(post.what, post.ok, post.failed.get());
			row(count.what, count.ok, count.failed.get());
			row("both posts", all, post.failed.get() + count.failed.get());
			if (pace != Pace.FLAT_OUT && pace != Pace.PAGE_ONLY) {
				row(page.what, page.ok, page.failed.get());
			}
		}

		void row(String what, List<Long> nanos, long failed) {
			var sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			System.out.printf("| %-18s | %-22s | %7d | %6d | %9.1f | %8.1f | %8.1f | %8.1f | %8.1f |%n", name, what,
					sorted.size(), failed, sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95),
					pct(sorted, 99), pct(sorted, 100));
		}

		String cpu() {
			long posts = post.ok.size() + count.ok.size() + page.ok.size();
			if (appCpu < 0 || posts == 0) {
				return "";
			}
			return ", CPU: Escale %.1f s (%.1f ms a request)%s, this load generator %.1f s".formatted(appCpu,
					appCpu * 1000 / posts,
					pgCpu < 0 ? "" : ", PostgreSQL %.1f s (%.1f ms a request)".formatted(pgCpu, pgCpu * 1000 / posts),
					ownCpu);
		}

	}

	static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)))
				/ 1e6;
	}

	static String load() {
		try {
			var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0];
		}
		catch (Exception ex) {
			return "?";
		}
	}

	/** User + system CPU of a process, and with children of all its direct children (PostgreSQL's backends). */
	static double cpuSeconds(long pid, boolean withChildren) {
		if (pid <= 0) {
			return 0;
		}
		double total = ticks(pid);
		if (withChildren) {
			var kids = ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of());
			for (var kid : kids) {
				total += ticks(kid.pid());
			}
			// Backends that ended meanwhile are in the postmaster's cumulated children's time.
			total += childTicks(pid);
		}
		return total / 100.0;
	}

	static long self() {
		return ProcessHandle.current().pid();
	}

	static double ticks(long pid) {
		var f = stat(pid);
		return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
	}

	static double childTicks(long pid) {
		var f = stat(pid);
		return f == null ? 0 : Long.parseLong(f[13]) + Long.parseLong(f[14]);
	}

	/** The fields of /proc/pid/stat after the command name (field 3 first). */
	static String[] stat(long pid) {
		try {
			var text = Files.readString(Path.of("/proc/" + pid + "/stat"));
			return text.substring(text.lastIndexOf(')') + 2).split(" ");
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** One counsellor at the desk: what is typed, and at which pace. */
	static final class Counsellor {

		final Session session;

		final String home;

		final Random random;

		final List<String> offers;

		String token;

		String point;

		Counsellor(Session session, String token, String home, Random random, List<String> offers) {
			this.session = session;
			this.token = token;
			this.home = home;
			this.point = home;
			this.random = random;
			this.offers = offers;
		}

		void next(Phase phase, long end) {
			if (phase.pace == Pace.PAGE_ONLY) {
				page(phase);
				return;
			}
			boolean counts = random.nextInt(4) == 0;
			if (phase.pace == Pace.ALL_AT_ONCE) {
				// Every counsellor clicks at the same instant, every 3 s.
				long now = System.nanoTime();
				long tick = phase.start + ((now - phase.start) / Phase.BURST_PERIOD + 1) * Phase.BURST_PERIOD;
				if (tick >= end) {
					sleep((end - now) / 1_000_000 + 1);
					return;
				}
				sleepNanos(tick - now);
			}
			if (phase.pace == Pace.RUSH_HOUR) {
				// The conversation (or the wave of a hand) comes before the click.
				long pause = counts ? 1000 + random.nextInt(2001) : 5000 + random.nextInt(5001);
				long left = (end - System.nanoTime()) / 1_000_000;
				if (pause >= left) {
					sleep(left);
					return;
				}
				sleep(pause);
			}
			if (send(phase, counts) && phase.follows(random)) {
				// The browser follows the redirect: the desk page with today's requests, the next form and token.
				page(phase);
			}
		}

		/** Posts a request (or counted visitors), timed up to the answer; true when answered by the redirect. */
		boolean send(Phase phase, boolean counts) {
			var form = counts ? counted() : request();
			var measure = counts ? phase.count : phase.post;
			int offerCount = (int) form.stream().filter(f -> f[0].equals("offers")).count();
			long start = System.nanoTime();
			try {
				var response = session.send(counts ? "/desk/count" : "/desk", token, form);
				long took = System.nanoTime() - start;
				var location = response.headers().firstValue("Location").orElse("");
				if (response.statusCode() == 302 && (location.endsWith("/desk") || location.contains("/desk;"))) {
					measure.ok.add(took);
					if (!counts) {
						phase.offersSent.addAndGet(offerCount);
					}
				}
				else {
					measure.failure(response.statusCode() + " " + location + " "
							+ response.body().replaceAll("\\s+", " ").substring(0, Math.min(400, response.body().length())));
					return false;
				}
			}
			catch (Exception ex) {
				measure.failure(ex.toString());
				return false;
			}
			return true;
		}

		void page(Phase phase) {
			long start = System.nanoTime();
			try {
				var page = session.get("/desk");
				long took = System.nanoTime() - start;
				var csrf = CSRF.matcher(page.body());
				if (page.statusCode() == 200 && csrf.find()) {
					phase.page.ok.add(took);
					token = csrf.group(1);
				}
				else {
					phase.page.failure(page.statusCode() + "");
				}
			}
			catch (Exception ex) {
				phase.page.failure(ex.toString());
			}
		}

		/** A request as typed at the desk: the fields of templates/welcome/desk.html. */
		List<String[]> request() {
			var form = new ArrayList<String[]>();
			var country = country();
			form.add(new String[] { "country", country[0] });
			form.add(new String[] { "area",
					country[0].equals("France") && random.nextInt(10) < 7 ? AREAS.get(random.nextInt(AREAS.size())) : "" });
			int size = random.nextInt(10) == 0 ? 0 : 1 + Math.min(random.nextInt(4) + random.nextInt(3), 5);
			form.add(new String[] { "partySize", size == 0 ? "" : String.valueOf(size) });
			form.add(new String[] { "partyKind", KINDS.get(random.nextInt(KINDS.size())) });
			form.add(new String[] { "language", random.nextInt(10) == 0 ? "" : country[2] });
			var topics = new ArrayList<>(TOPICS);
			Collections.shuffle(topics, random);
			int topicCount = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
			topics.subList(0, topicCount).forEach(t -> form.add(new String[] { "topics", t }));
			if (!offers.isEmpty() && random.nextInt(100) >= 45) {
				var shuffled = new ArrayList<>(offers);
				Collections.shuffle(shuffled, random);
				shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(3)))
					.forEach(o -> form.add(new String[] { "offers", o }));
			}
			form.add(new String[] { "note", random.nextInt(10) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : "" });
			form.add(new String[] { "point", point });
			int channel = random.nextInt(100);
			form.add(new String[] { "channel",
					channel < 75 ? "DESK" : channel < 90 ? "PHONE" : channel < 96 ? "EMAIL" : "CHAT" });
			// Left blank: the request is logged now.
			form.add(new String[] { "when", "" });
			return form;
		}

		/** Counts-only: so many visitors from one country. */
		List<String[]> counted() {
			String country;
			do {
				country = country()[0];
			}
			while (country.isEmpty());
			var form = new ArrayList<String[]>();
			form.add(new String[] { "point", point });
			form.add(new String[] { "visitors", String.valueOf(1 + random.nextInt(4)) });
			form.add(new String[] { "country", country });
			return form;
		}

		String[] country() {
			int total = 0;
			for (var c : COUNTRIES) {
				total += Integer.parseInt(c[1]);
			}
			int at = random.nextInt(total);
			for (var c : COUNTRIES) {
				at -= Integer.parseInt(c[1]);
				if (at < 0) {
					return c;
				}
			}
			throw new IllegalStateException();
		}

		static void sleepNanos(long nanos) {
			try {
				Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		static void sleep(long millis) {
			try {
				Thread.sleep(Math.max(0, millis));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** The pages desk.html shows: its CSRF token and the office's open points by name. */
	record Desk(String token, Map<String, String> points) {
	}

	/** A browser of its own: cookies (SESSION) kept, redirects not followed. */
	static final class Session {

		final String base;

		final HttpClient http;

		Session(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		void login(String email, String password) throws Exception {
			var response = send("/login", token("/login"), List.of(new String[] { "username", email },
					new String[] { "password", password }));
			var location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("login of " + email + " failed: " + response.statusCode() + " " + location);
			}
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		String token(String path) throws Exception {
			var page = get(path);
			var csrf = CSRF.matcher(page.body());
			if (page.statusCode() != 200 || !csrf.find()) {
				throw new IllegalStateException("no form at " + path + ": " + page.statusCode());
			}
			return csrf.group(1);
		}

		Desk desk() throws Exception {
			var body = get("/desk").body();
			var csrf = CSRF.matcher(body);
			if (!csrf.find()) {
				throw new IllegalStateException("no desk form");
			}
			int from = body.indexOf("name=\"point\"><option");
			from = from < 0 ? body.indexOf("id=\"point\"") : from;
			var select = body.substring(from, body.indexOf("</select>", from));
			var points = new LinkedHashMap<String, String>();
			var option = OPTION.matcher(select);
			while (option.find()) {
				points.put(option.group(2).strip(), option.group(1));
			}
			return new Desk(csrf.group(1), points);
		}

		void post(String path, String token, Map<String, String> fields, String expected) throws Exception {
			var response = send(path, token, fields.entrySet().stream().map(e -> new String[] { e.getKey(), e.getValue() })
				.toList());
			var location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || !location.endsWith(expected)) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + " " + location + " "
						+ response.body().replaceAll("\\s+", " "));
			}
		}

		HttpResponse<String> send(String path, String token, List<String[]> fields) throws Exception {
			var body = new StringBuilder("_csrf=").append(enc(token));
			for (var field : fields) {
				body.append('&').append(enc(field[0])).append('=').append(enc(field[1]));
			}
			var request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

}

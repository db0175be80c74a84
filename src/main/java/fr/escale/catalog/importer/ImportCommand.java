package fr.escale.catalog.importer;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import fr.escale.offices.Offices;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code escale import <zip|folder|json> [--office=slug]}: imports an export from the command line,
 * drawing its progress on the terminal, and ends. {@code escale check <…>} reads and validates it
 * without writing anything.
 */
@Component
@Order(10)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "import";

	public static final String CHECK = "check";

	private final DatatourismeImport imports;

	private final Offices offices;

	private int exitCode;

	ImportCommand(DatatourismeImport imports, Offices offices) {
		this.imports = imports;
		this.offices = offices;
	}

	@Override
	public void run(ApplicationArguments args) {
		var words = args.getNonOptionArgs();
		if (words.isEmpty() || !(NAME.equals(words.get(0)) || CHECK.equals(words.get(0)))) {
			return;
		}
		PrintStream out = System.out;
		if (words.size() != 2) {
			out.println("Usage: escale import <export.zip | export folder | object.json> [--office=slug]");
			out.println("       escale check <export.zip | export folder | object.json>");
			exitCode = 2;
			return;
		}
		Path file = Path.of(words.get(1));
		if (!Files.exists(file)) {
			out.println("No such file or folder: " + file.toAbsolutePath());
			exitCode = 2;
			return;
		}
		if (CHECK.equals(words.get(0))) {
			long start = System.nanoTime();
			var report = imports.check(file, tally -> {
				double seconds = (System.nanoTime() - start) / 1e9;
				out.printf(Locale.ROOT, "\r%,d objects  %,.0f/s  valid %,d  rejected %,d   ", tally.processed(),
						tally.processed() / Math.max(seconds, 0.001), tally.unchanged(), tally.rejected());
				out.flush();
			});
			finish(out, start, "Check", report);
			return;
		}
		var slug = args.containsOption("office") ? args.getOptionValues("office").get(0) : "demo";
		var office = offices.bySlug(slug).orElse(null);
		if (office == null) {
			out.println("No office '" + slug + "'. Offices: " + offices.all().stream().map(o -> o.slug()).toList());
			exitCode = 2;
			return;
		}
		var who = "command line (" + System.getProperty("user.name") + ")";
		long start = System.nanoTime();
		var runId = imports.start(office.id(), file.getFileName().toString(), who);
		var report = imports.run(runId, office.id(), file, who, tally -> draw(out, start, tally));
		finish(out, start, "Import " + runId, report);
	}

	private static void draw(PrintStream out, long start, DatatourismeImport.Tally tally) {
		double seconds = (System.nanoTime() - start) / 1e9;
		out.printf(Locale.ROOT, "\r%,d objects  %,.0f/s  created %,d  updated %,d  unchanged %,d  rejected %,d   ",
				tally.processed(), tally.processed() / Math.max(seconds, 0.001), tally.created(), tally.updated(),
				tally.unchanged(), tally.rejected());
		out.flush();
	}

	private static void finish(PrintStream out, long start, String what, ImportReport report) {
		out.println();
		report.errors().stream().limit(50).forEach(error -> out.println("  rejected " + error.source() + ": " + error.message()));
		if (report.rejected() > 50) {
			out.println("  … and " + (report.rejected() - 50) + " more (the import's page lists them)");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int objects = report.created() + report.updated() + report.unchanged() + report.rejected();
		// Peak heap of the whole process: what an operator sizes -Xmx by.
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		if (report.runId() == null) {
			out.printf(Locale.ROOT, "%s: %d valid, %d rejected — %d objects in %.1f s (%.0f/s), peak heap %d MB, nothing written%n",
					what, report.unchanged(), report.rejected(), objects, seconds, objects / Math.max(seconds, 0.001),
					peak / (1024 * 1024));
			return;
		}
		out.printf(Locale.ROOT,
				"%s: created %d, updated %d, unchanged %d, rejected %d — %d objects in %.1f s (%.0f/s), peak heap %d MB%n",
				what, report.created(), report.updated(), report.unchanged(), report.rejected(), objects, seconds,
				objects / Math.max(seconds, 0.001), peak / (1024 * 1024));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}

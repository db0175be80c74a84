package fr.escale.catalog.importer;

import java.io.PrintStream;
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
 * drawing its progress on the terminal, and ends.
 */
@Component
@Order(10)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "import";

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
		if (words.isEmpty() || !NAME.equals(words.get(0))) {
			return;
		}
		PrintStream out = System.out;
		if (words.size() != 2) {
			out.println("Usage: escale import <export.zip | export folder | object.json> [--office=slug]");
			exitCode = 2;
			return;
		}
		Path file = Path.of(words.get(1));
		if (!Files.exists(file)) {
			out.println("No such file or folder: " + file.toAbsolutePath());
			exitCode = 2;
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
		var report = imports.run(runId, office.id(), file, who, tally -> {
			double seconds = (System.nanoTime() - start) / 1e9;
			out.printf(Locale.ROOT, "\r%,d objects  %,.0f/s  created %,d  updated %,d  unchanged %,d  rejected %,d   ",
					tally.processed(), tally.processed() / Math.max(seconds, 0.001), tally.created(), tally.updated(),
					tally.unchanged(), tally.rejected());
			out.flush();
		});
		out.println();
		report.errors().stream().limit(50).forEach(error -> out.println("  rejected " + error.source() + ": " + error.message()));
		if (report.errors().size() > 50) {
			out.println("  … and " + (report.rejected() - 50) + " more: see the import " + runId + " in the back office");
		}
		out.printf(Locale.ROOT, "Import %s: created %d, updated %d, unchanged %d, rejected %d in %.1f s%n", runId,
				report.created(), report.updated(), report.unchanged(), report.rejected(),
				(System.nanoTime() - start) / 1e9);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}

package fr.escale.catalog.web;

import java.io.IOException;
import java.util.UUID;

import fr.escale.catalog.domain.ImportRuns;
import fr.escale.catalog.importer.ImportLauncher;
import fr.escale.offices.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Every member of staff can follow the imports; only administrators bring one in. */
@Controller
class ImportController {

	private final ImportLauncher launcher;

	private final ImportRuns runs;

	ImportController(ImportLauncher launcher, ImportRuns runs) {
		this.launcher = launcher;
		this.runs = runs;
	}

	@GetMapping("/imports")
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("runs", runs.latest(staff.officeId(), 50));
		return "catalog/imports";
	}

	@PostMapping("/imports")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "imports.error.empty");
			return "redirect:/imports";
		}
		var runId = launcher.importInBackground(file.getInputStream(), ImportApiController.name(file), staff.officeId(),
				staff.email());
		if (htmx != null) {
			// htmx sent the form (to show upload progress): it follows this header instead of a redirect.
			response.setHeader("HX-Redirect", "/imports/" + runId);
			response.setStatus(204);
			return null;
		}
		return "redirect:/imports/" + runId;
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		var run = runs.find(staff.officeId(), id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("run", run);
		model.addAttribute("errors", runs.errors(id, 500));
		return "catalog/importRun";
	}

	/** The counters alone, polled by the run page while the import goes on. */
	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		run(id, staff, model);
		return "catalog/fragments/importProgress";
	}

}

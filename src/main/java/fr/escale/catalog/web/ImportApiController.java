package fr.escale.catalog.web;

import java.io.IOException;

import fr.escale.catalog.importer.ImportLauncher;
import fr.escale.catalog.importer.ImportReport;
import fr.escale.offices.StaffPrincipal;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ImportApiController {

	private final ImportLauncher launcher;

	ImportApiController(ImportLauncher launcher) {
		this.launcher = launcher;
	}

	/** Imports a DATAtourisme export (ZIP) or object (JSON) and answers what came of each object. */
	@PostMapping(path = "/api/v1/imports/datatourisme", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	ImportReport importExport(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal StaffPrincipal staff)
			throws IOException {
		return launcher.importNow(file.getInputStream(), name(file), staff.officeId(), staff.email());
	}

	static String name(MultipartFile file) {
		var name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload" : name.replaceAll("[\\\\/]", "_");
	}

}

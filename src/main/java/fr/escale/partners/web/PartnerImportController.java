package fr.escale.partners.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import fr.escale.offices.StaffPrincipal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Partners brought in from a spreadsheet, with a report of every line left out and why. */
@Controller
@ConditionalOnWebApplication
@PreAuthorize(PartnerController.MANAGERS)
class PartnerImportController {

	private final PartnerCsv csv;

	PartnerImportController(PartnerCsv csv) {
		this.csv = csv;
	}

	@GetMapping("/partners/import")
	String initImportForm() {
		return "partners/import";
	}

	@PostMapping("/partners/import")
	String processImportForm(@RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal me, Locale locale, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("report", PartnerCsv.Report.refused(null));
			model.addAttribute("problemKey", "partners.import.error.empty");
			return "partners/import";
		}
		if (file.getSize() > PartnerCsv.MAX_BYTES) {
			model.addAttribute("report", PartnerCsv.Report.refused(null));
			model.addAttribute("problemKey", "partners.import.error.tooLarge");
			return "partners/import";
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("report", csv.read(me.officeId(), file.getBytes(), locale));
		return "partners/import";
	}

	/** A file to fill in, with the headers the import reads. */
	@GetMapping("/partners/import/template.csv")
	ResponseEntity<byte[]> template() {
		var content = "\uFEFFnom;raison sociale;siret;type;adresse;code postal;commune;email;telephone;site web;capacite\n"
				+ "Hôtel du Parc;SARL Le Parc;;Hôtel;1 quai du Général de Gaulle;37400;Amboise;contact@hotel-parc.fr;02 47 00 00 00;https://hotel-parc.fr;40\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partenaires.csv\"")
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}

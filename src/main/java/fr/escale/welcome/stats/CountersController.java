package fr.escale.welcome.stats;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.TypedDate;
import fr.escale.platform.TypedNumber;
import fr.escale.welcome.DoorCounts;
import fr.escale.welcome.DoorCounts.Figure;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Door counters: the entries each point's counter counted, typed in day by day or imported from a spreadsheet.
 * Administrators and counsellors write them; every member of staff reads them.
 */
@Controller
@ConditionalOnWebApplication
class CountersController {

	static final String WRITERS = "hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')";

	private final DoorCounts counts;

	private final InformationPoints points;

	private final DoorCountCsv csv;

	CountersController(DoorCounts counts, InformationPoints points, DoorCountCsv csv) {
		this.counts = counts;
		this.points = points;
		this.csv = csv;
	}

	/** The form as typed, so that a slip is shown back with nothing lost. */
	record Form(String point, String day, String entries) {
	}

	@GetMapping("/desk/counters")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		return page(me, new Form("", LocalDate.now(Requests.DESK_ZONE).minusDays(1).toString(), ""), List.of(), model);
	}

	@PostMapping("/desk/counters")
	@PreAuthorize(WRITERS)
	String type(@RequestParam(defaultValue = "") String point, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String entries, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var form = new Form(point, day, entries);
		var errors = new ArrayList<String>();
		UUID pointId = null;
		try {
			pointId = points.get(me.officeId(), UUID.fromString(point)).id();
		}
		catch (IllegalArgumentException notAnId) {
			errors.add("counters.error.point");
		}
		var date = TypedDate.parse(day).orElse(null);
		if (date == null) {
			errors.add("counters.error.day");
		}
		else if (date.isAfter(LocalDate.now(Requests.DESK_ZONE))) {
			errors.add("counters.error.future");
		}
		var typed = TypedNumber.whole(entries, 0, 1_000_000);
		if (typed.isEmpty()) {
			errors.add("counters.error.entries");
		}
		if (!errors.isEmpty()) {
			return page(me, form, errors, model);
		}
		var outcome = counts.set(me.officeId(), new Figure(pointId, date, typed.get()), me.email(),
				DoorCounts.Source.TYPED);
		redirect.addFlashAttribute("saved", outcome.updated() > 0 ? "counters.updated" : "counters.saved");
		return "redirect:/desk/counters";
	}

	@PostMapping("/desk/counters/import")
	@PreAuthorize(WRITERS)
	String importFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffPrincipal me,
			Model model, Locale locale) throws IOException {
		// A file too large is refused before it is read into memory.
		var report = file != null && file.getSize() > DoorCountCsv.MAX_BYTES ? csv.tooLarge(locale)
				: csv.read(me.officeId(), file == null ? new byte[0] : file.getBytes(), me.email(), locale);
		model.addAttribute("report", report);
		return page(me, new Form("", LocalDate.now(Requests.DESK_ZONE).minusDays(1).toString(), ""), List.of(), model);
	}

	private String page(StaffPrincipal me, Form form, List<String> errors, Model model) {
		var all = points.of(me.officeId());
		var names = new HashMap<UUID, String>();
		all.forEach(p -> names.put(p.id(), p.name()));
		var today = LocalDate.now(Requests.DESK_ZONE);
		model.addAttribute("points", all);
		model.addAttribute("names", names);
		model.addAttribute("zone", Requests.DESK_ZONE);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("figures", counts.of(me.officeId(), today.minusDays(30), today));
		model.addAttribute("changes", counts.changes(me.officeId(), 20));
		return "welcome/counters";
	}

}

package fr.escale.welcome.assistant;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * Hands the selection over as a carnet de séjour: staff make it, print it, mail it; the visitor opens it
 * with its link (no login) on a phone. Every page of a carnet speaks the visitor's language.
 */
@Controller
@ConditionalOnWebApplication
class CarnetController {

	/** Enough to catch a slip; the mail server has the last word. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private final Carnets carnets;

	private final CarnetContents contents;

	private final CarnetPdf pdf;

	private final OfferCatalog catalog;

	private final InformationPoints points;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	CarnetController(Carnets carnets, CarnetContents contents, CarnetPdf pdf, OfferCatalog catalog,
			InformationPoints points, Outbox outbox, MessageSource messages,
			@Value("${escale.public-url}") String publicUrl) {
		this.points = points;
		this.carnets = carnets;
		this.contents = contents;
		this.pdf = pdf;
		this.catalog = catalog;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The carnet of the current selection, in the visitor's language; made once per selection. */
	@PostMapping("/desk/carnets")
	@PreAuthorize(AssistantController.LOGGERS)
	String create(@RequestParam(defaultValue = "fr") String language, @AuthenticationPrincipal StaffPrincipal me,
			HttpSession session, RedirectAttributes redirect) {
		var offers = catalog.summaries(me.officeId(), Selection.of(session)).stream().map(o -> o.id()).toList();
		if (offers.isEmpty()) {
			redirect.addFlashAttribute("assistantProblem", "assistant.error.empty");
			return "redirect:/desk";
		}
		var existing = Selection.carnet(session).flatMap(id -> carnets.find(me.officeId(), id))
			.filter(c -> c.offerIds().equals(offers) && c.language().equals(language(language)));
		var carnet = existing.orElseGet(() -> carnets.create(me.officeId(), offers, language(language),
				session.getAttribute(Selection.POINT) instanceof UUID point ? point
						: points.open(me.officeId()).stream().findFirst().map(InformationPoint::id).orElse(null)));
		Selection.handedOver(session, carnet.id());
		return "redirect:/desk/carnets/" + carnet.id();
	}

	@GetMapping("/desk/carnets/{id}")
	String staffPage(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request,
			Model model) {
		return page(staffCarnet(me, id), true, request, model);
	}

	@GetMapping("/desk/carnets/{id}/carnet.pdf")
	ResponseEntity<byte[]> staffPdf(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
		return pdf(staffCarnet(me, id));
	}

	/**
	 * Sends the link to the visitor, who ticked their consent; their address goes into the outgoing mail
	 * only, never into the carnet nor the request.
	 */
	@PostMapping("/desk/carnets/{id}/email")
	@PreAuthorize(AssistantController.LOGGERS)
	String email(@PathVariable UUID id, @RequestParam(required = false) String email,
			@RequestParam(defaultValue = "false") boolean consent, @AuthenticationPrincipal StaffPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		var carnet = staffCarnet(me, id);
		var typed = email == null ? "" : email.trim();
		if (!consent) {
			model.addAttribute("emailProblem", "carnet.error.consent");
		}
		else if (typed.length() > 254 || !EMAIL.matcher(typed).matches()) {
			model.addAttribute("emailProblem", "carnet.error.email");
		}
		if (model.containsAttribute("emailProblem")) {
			model.addAttribute("email", typed);
			model.addAttribute("consent", consent);
			return page(carnet, true, request, model);
		}
		var page = contents.of(carnet);
		var link = link(carnet);
		var locale = page.locale();
		var expires = DateTimeFormatter.ofPattern("fr".equals(carnet.language()) ? "dd/MM/yyyy" : "d MMMM yyyy", locale)
			.format(carnet.expiresAt().atZone(Requests.DESK_ZONE));
		var subject = messages.getMessage("carnet.mail.subject", new Object[] { page.officeName() }, locale);
		var text = messages.getMessage("carnet.mail.text", new Object[] { page.officeName(), link, expires }, locale);
		var html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
			.replace(HtmlUtils.htmlEscape(link), "<a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
					+ HtmlUtils.htmlEscape(link) + "</a>") + "</p>";
		outbox.queue(new Mail(me.officeId(), typed, subject, text, html, "carnet",
				java.util.Map.of(Mail.SENDER_NAME, page.officeName())));
		redirect.addFlashAttribute("mailed", true);
		return "redirect:/desk/carnets/" + id;
	}

	@GetMapping("/carnet/{token}")
	String publicPage(@PathVariable String token, HttpServletRequest request, Model model) {
		return page(publicCarnet(token), false, request, model);
	}

	@GetMapping("/carnet/{token}/carnet.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable String token) {
		return pdf(publicCarnet(token));
	}

	@GetMapping("/carnet/{token}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable String token) {
		var carnet = publicCarnet(token);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.png(link(carnet)));
	}

	private String page(Carnet carnet, boolean staff, HttpServletRequest request, Model model) {
		var page = contents.of(carnet);
		// The visitor's language, unless the reader just chose another one (?ui=).
		if (request.getParameter("ui") == null) {
			request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, page.locale());
		}
		model.addAttribute("page", page);
		model.addAttribute("link", link(carnet));
		model.addAttribute("base", staff ? "/desk/carnets/" + carnet.id() : "/carnet/" + carnet.token());
		model.addAttribute("staff", staff);
		model.addAttribute("mapPoints", CarnetMap.json(page));
		model.addAttribute("expires", DateTimeFormatter
			.ofPattern("fr".equals(carnet.language()) ? "dd/MM/yyyy" : "d MMMM yyyy", page.locale())
			.format(carnet.expiresAt().atZone(Requests.DESK_ZONE)));
		return staff ? "welcome/assistant/carnet-staff" : "welcome/assistant/carnet";
	}

	private ResponseEntity<byte[]> pdf(Carnet carnet) {
		var page = contents.of(carnet);
		var name = messages.getMessage("carnet.file", null, page.locale()) + ".pdf";
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf.of(page, link(carnet)));
	}

	private String link(Carnet carnet) {
		return publicUrl + "/carnet/" + carnet.token();
	}

	/** Another office's carnet is not found, as an unknown one. */
	private Carnet staffCarnet(StaffPrincipal me, UUID id) {
		return carnets.find(me.officeId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Carnet publicCarnet(String token) {
		return carnets.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String language(String typed) {
		return "en".equals(typed) ? "en" : "fr";
	}

}

package fr.escale.partners.membership;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerType;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Memberships as staff run them: every member of staff reads them, administrators and partner
 * managers change them. Everything is of the staff's own office.
 */
@Controller
@ConditionalOnWebApplication
class MembershipController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	private final Memberships memberships;

	private final Tiers tiers;

	private final Partners partners;

	private final Renewals renewals;

	private final Receipts receipts;

	private final AccountantExport export;

	private final Communes communes;

	private final MessageSource messages;

	MembershipController(Memberships memberships, Tiers tiers, Partners partners, Renewals renewals, Receipts receipts,
			AccountantExport export, Communes communes, MessageSource messages) {
		this.messages = messages;
		this.memberships = memberships;
		this.tiers = tiers;
		this.partners = partners;
		this.renewals = renewals;
		this.receipts = receipts;
		this.export = export;
		this.communes = communes;
	}

	/** A year asked for in a link, within reason; else the current one. */
	static int year(String typed) {
		try {
			int year = Integer.parseInt(typed == null ? "" : typed.trim());
			return year >= 2000 && year <= 2100 ? year : Memberships.currentYear();
		}
		catch (NumberFormatException ex) {
			return Memberships.currentYear();
		}
	}

	/** The years a selector offers, newest first: the next one (for renewals) down to a few back. */
	static List<Integer> years(int around) {
		int newest = Math.max(around, Memberships.currentYear()) + 1;
		int oldest = Math.min(around, Memberships.currentYear()) - 4;
		return IntStream.rangeClosed(oldest, newest).map(year -> newest + oldest - year).boxed().toList();
	}

	@GetMapping("/partners/memberships")
	String overview(@RequestParam(required = false) String year, @RequestParam(required = false) MembershipStatus status,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		int chosen = year(year);
		model.addAttribute("year", chosen);
		model.addAttribute("years", years(chosen));
		model.addAttribute("status", status);
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("summary", memberships.summary(me.officeId(), chosen));
		model.addAttribute("memberships", memberships.ofYear(me.officeId(), chosen, status));
		model.addAttribute("tierCount", tiers.list(me.officeId()).size());
		model.addAttribute("past", chosen < Memberships.currentYear());
		return "partners/membership/overview";
	}

	@PostMapping("/partners/memberships/lapse")
	@PreAuthorize(MANAGERS)
	String lapse(@RequestParam String year, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		int chosen = year(year);
		redirect.addFlashAttribute("lapsed", memberships.lapse(me.officeId(), chosen));
		return "redirect:/partners/memberships?year=" + chosen;
	}

	/** Who a renewal campaign for the year would invite, before anything is sent. */
	@GetMapping("/partners/memberships/renewal")
	String renewal(@RequestParam(required = false) String year, @AuthenticationPrincipal StaffPrincipal me,
			Model model) {
		int chosen = year == null ? Memberships.currentYear() + 1 : year(year);
		model.addAttribute("year", chosen);
		model.addAttribute("years", years(chosen));
		model.addAttribute("toRenew", memberships.toRenew(me.officeId(), chosen));
		return "partners/membership/renewal";
	}

	@PostMapping("/partners/memberships/renewal")
	@PreAuthorize(MANAGERS)
	String renew(@RequestParam String year, @AuthenticationPrincipal StaffPrincipal me, Locale locale,
			RedirectAttributes redirect) {
		int chosen = year(year);
		var result = renewals.run(me.officeId(), chosen, locale);
		// Plain values: what a session keeps between two requests outlives the classes of one version.
		redirect.addFlashAttribute("renewalInvited", result.invited());
		redirect.addFlashAttribute("renewalMails", result.mails());
		redirect.addFlashAttribute("renewalWithoutEmail", String.join(", ", result.withoutEmail()));
		return "redirect:/partners/memberships?year=" + chosen;
	}

	/** A paid member of the year with how to reach it, as the directory lists it. */
	record Member(Partner partner, String communeName, Membership membership) {
	}

	@GetMapping("/partners/memberships/directory")
	String directory(@RequestParam(required = false) String year, @RequestParam(required = false) PartnerType type,
			@RequestParam(required = false) String commune, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		int chosen = year(year);
		var paid = memberships.ofYear(me.officeId(), chosen, MembershipStatus.PAID)
			.stream()
			.collect(Collectors.toMap(Membership::partnerId, Function.identity()));
		var members = partners.list(me.officeId(), Partners.Filter.all())
			.stream()
			.filter(partner -> paid.containsKey(partner.id()))
			.map(partner -> new Member(partner, communeName(partner.communeCode()), paid.get(partner.id())))
			.toList();
		var communeNames = members.stream().map(Member::communeName).filter(Objects::nonNull).distinct().sorted().toList();
		var shown = members.stream()
			.filter(member -> type == null || member.partner().type() == type)
			.filter(member -> commune == null || commune.isBlank() || commune.equals(member.communeName()))
			.sorted(Comparator.comparing((Member member) -> member.partner().type())
				.thenComparing(member -> member.communeName() == null ? "" : member.communeName())
				.thenComparing(member -> member.partner().name().toLowerCase(Locale.ROOT)))
			.toList();
		model.addAttribute("year", chosen);
		model.addAttribute("years", years(chosen));
		model.addAttribute("types", Arrays.stream(PartnerType.values())
			.filter(t -> members.stream().anyMatch(member -> member.partner().type() == t))
			.toList());
		model.addAttribute("type", type);
		model.addAttribute("communes", communeNames);
		model.addAttribute("commune", commune);
		model.addAttribute("members", shown);
		model.addAttribute("total", members.size());
		return "partners/membership/directory";
	}

	@GetMapping("/partners/memberships/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String year, @AuthenticationPrincipal StaffPrincipal me,
			Locale locale) {
		int chosen = year(year);
		var csv = export.csv(me.officeId(), chosen, locale).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("memberships-" + chosen + ".csv").build().toString())
			.body(csv);
	}

	/** A partner's memberships, year by year, with their payments. */
	record YearView(Membership membership, List<Payment> payments) {
	}

	@GetMapping("/partners/{id}/memberships")
	String partner(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		var current = memberships.of(me.officeId(), id, Memberships.currentYear());
		int year = current.isPresent() ? Memberships.currentYear() + 1 : Memberships.currentYear();
		var tier = tiers.defaultFor(me.officeId(), partner.type(), partner.details().capacity());
		model.addAttribute("membershipForm", MembershipForm.of(year, tier));
		return partnerPage(partner, me, model, null, null);
	}

	@PostMapping("/partners/{id}/memberships")
	@PreAuthorize(MANAGERS)
	String create(@PathVariable UUID id, @ModelAttribute("membershipForm") MembershipForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var year = form.year(errors);
		var tierId = form.tier(errors);
		var tier = tierId == null ? null : tiers.find(me.officeId(), tierId).orElse(null);
		if (tierId != null && tier == null) {
			errors.rejectValue("tierId", "membership.error.tier");
		}
		if (year != null && memberships.of(me.officeId(), id, year).isPresent()) {
			errors.rejectValue("year", "membership.error.exists", new Object[] { year }, null);
		}
		if (errors.hasErrors()) {
			return partnerPage(partner, me, model, null, null);
		}
		memberships.create(me.officeId(), id, year, tier);
		redirect.addFlashAttribute("created", year);
		return "redirect:/partners/" + id + "/memberships";
	}

	@PostMapping("/partners/{id}/memberships/{membershipId}/status")
	@PreAuthorize(MANAGERS)
	String changeStatus(@PathVariable UUID id, @PathVariable UUID membershipId, @RequestParam MembershipStatus status,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		ofPartner(me, id, membershipId);
		try {
			memberships.changeStatus(me.officeId(), membershipId, status);
		}
		catch (Memberships.BalanceException ex) {
			model.addAttribute("statusError", membershipId);
			model.addAttribute("statusBalance", ex.balanceCents());
			return partnerPage(partner, me, model, null, null);
		}
		redirect.addFlashAttribute("statusChanged", status);
		return "redirect:/partners/" + id + "/memberships";
	}

	@PostMapping("/partners/{id}/memberships/{membershipId}/payments")
	@PreAuthorize(MANAGERS)
	String recordPayment(@PathVariable UUID id, @PathVariable UUID membershipId,
			@Valid @ModelAttribute("payment") PaymentForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, Locale locale, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var membership = ofPartner(me, id, membershipId);
		var cents = Euros.check(form.amount(), "amount", false, errors);
		var method = form.paymentMethod(errors);
		var date = form.date(errors);
		if (cents != null && cents > membership.balanceCents()) {
			errors.rejectValue("amount", "membership.error.amount.balance",
					new Object[] { Euros.format(membership.balanceCents(), locale) },
					null);
		}
		if (!errors.hasErrors()) {
			try {
				var payment = memberships.recordPayment(me.officeId(), membershipId, cents, method, date,
						form.reference(), me.email());
				redirect.addFlashAttribute("recorded", payment.receiptNumber());
				return "redirect:/partners/" + id + "/memberships";
			}
			catch (Memberships.BalanceException ex) {
				// Another payment was recorded meanwhile.
				errors.rejectValue("amount", "membership.error.amount.balance", new Object[] {
						Euros.format(ex.balanceCents(), locale) },
						null);
			}
		}
		model.addAttribute("paymentErrors", messagesOf(errors, locale));
		return partnerPage(partner, me, model, membershipId, form);
	}

	@GetMapping("/partners/{id}/memberships/payments/{paymentId}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable UUID id, @PathVariable UUID paymentId,
			@AuthenticationPrincipal StaffPrincipal me, Locale locale) {
		partners.get(me.officeId(), id);
		return pdf(receipts.of(me.officeId(), id, paymentId, locale));
	}

	static ResponseEntity<byte[]> pdf(Receipts.Receipt receipt) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(receipt.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(receipt.pdf());
	}

	private Membership ofPartner(StaffPrincipal me, UUID partnerId, UUID membershipId) {
		return memberships.find(me.officeId(), membershipId)
			.filter(membership -> membership.partnerId().equals(partnerId))
			.orElseThrow(() -> new MembershipNotFoundException(membershipId));
	}

	/**
	 * The partner's membership page; a payment form typed with errors shows again under its
	 * membership, the others come fresh.
	 */
	private String partnerPage(Partner partner, StaffPrincipal me, Model model, UUID paymentFor, PaymentForm typed) {
		var years = memberships.ofPartner(me.officeId(), partner.id())
			.stream()
			.map(membership -> new YearView(membership, memberships.payments(me.officeId(), membership.id())))
			.toList();
		model.addAttribute("partner", partner);
		model.addAttribute("years", years);
		model.addAttribute("tiers", tiers.active(me.officeId()));
		model.addAttribute("yearOptions", years(Memberships.currentYear()));
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("paymentFor", paymentFor);
		model.addAttribute("typedPayment", typed);
		model.addAttribute("freshPayments", years.stream()
			.collect(Collectors.toMap(view -> view.membership().id(),
					view -> PaymentForm.empty((int) view.membership().balanceCents()))));
		if (!model.containsAttribute("membershipForm")) {
			model.addAttribute("membershipForm",
					MembershipForm.of(Memberships.currentYear(), tiers.defaultFor(me.officeId(), partner.type(), partner.details().capacity())));
		}
		return "partners/membership/partner";
	}

	/** What is wrong with each field, in the user's language. */
	private Map<String, String> messagesOf(BindingResult errors, Locale locale) {
		return errors.getFieldErrors()
			.stream()
			.collect(Collectors.toMap(FieldError::getField, error -> messages.getMessage(error, locale), (a, b) -> a));
	}

	private String communeName(String code) {
		return code == null ? null : communes.byCode(code).map(Commune::name).orElse(code);
	}

}

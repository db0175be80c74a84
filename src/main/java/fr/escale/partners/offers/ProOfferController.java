package fr.escale.partners.offers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.UUID;

import fr.escale.catalog.MediaFiles;
import fr.escale.catalog.RejectedMediaException;
import fr.escale.catalog.StoredMedia;
import fr.escale.catalog.StoredOffer;
import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.offers.OfferForm.ContactRow;
import fr.escale.partners.offers.OfferForm.PeriodRow;
import fr.escale.partners.offers.OfferForm.PhotoRow;
import fr.escale.partners.offers.OfferForm.PriceRow;
import fr.escale.partners.offers.OfferForm.Text;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's own offers in the pro space: how fresh they are, its changes and the office's
 * answers. Every offer id in a path is checked against the partner's own offers (else 404).
 */
@Controller
@ConditionalOnWebApplication
class ProOfferController {

	private final PartnerOffers offers;

	private final MediaFiles mediaFiles;

	ProOfferController(PartnerOffers offers, MediaFiles mediaFiles) {
		this.offers = offers;
		this.mediaFiles = mediaFiles;
	}

	@GetMapping("/pro/offers")
	String list(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
		model.addAttribute("offers", offers.offersOf(me.officeId(), me.partnerId()));
		model.addAttribute("changes", offers.ofPartner(me.officeId(), me.partnerId(), 20));
		return "partners/offers/pro/list";
	}

	/** The form starts from the change waiting for the office, if any: the partner goes on with it. */
	@GetMapping("/pro/offers/{id}")
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal me, Model model) {
		var stored = offers.own(me.officeId(), me.partnerId(), id);
		var pending = offers.pending(me.officeId(), me.partnerId(), id);
		model.addAttribute("form", OfferEditor.form(pending.map(OfferChange::after).orElse(stored.offer())));
		return page(stored, me, model);
	}

	/**
	 * One form, several buttons: adding or removing a row or uploading a photo shows the form again
	 * with everything typed so far; "submit" sends the change to the office.
	 */
	@PostMapping("/pro/offers/{id}")
	String processUpdateForm(@PathVariable UUID id, @ModelAttribute("form") OfferForm form, BindingResult errors,
			@RequestParam(defaultValue = "submit") String action, @RequestParam(required = false) MultipartFile upload,
			@AuthenticationPrincipal PartnerPrincipal me, Model model, RedirectAttributes redirect) {
		var stored = offers.own(me.officeId(), me.partnerId(), id);
		if (upload != null && !upload.isEmpty()) {
			store(upload, form, me, errors);
		}
		if (edit(action, form)) {
			return page(stored, me, model);
		}
		var after = OfferEditor.offer(stored.offer(), form, errors, this::uploadedType);
		if (errors.hasErrors()) {
			return page(stored, me, model);
		}
		var change = offers.submit(me.officeId(), me.partnerId(), id, after, me.email());
		if (change.isEmpty()) {
			model.addAttribute("unchanged", true);
			return page(stored, me, model);
		}
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/pro/offers/" + id;
	}

	@PostMapping("/pro/offers/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal me, RedirectAttributes redirect) {
		offers.own(me.officeId(), me.partnerId(), id);
		redirect.addFlashAttribute("withdrawn", offers.withdraw(me.officeId(), me.partnerId(), id, me.email()));
		return "redirect:/pro/offers/" + id;
	}

	@PostMapping("/pro/offers/{id}/confirm")
	String confirm(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal me, RedirectAttributes redirect) {
		offers.confirm(me.officeId(), me.partnerId(), id, me.email());
		redirect.addFlashAttribute("confirmed", offers.own(me.officeId(), me.partnerId(), id).offer().name().get("fr"));
		return "redirect:/pro/offers";
	}

	private String page(StoredOffer stored, PartnerPrincipal me, Model model) {
		model.addAttribute("stored", stored);
		model.addAttribute("pending", offers.pending(me.officeId(), me.partnerId(), stored.id()).orElse(null));
		model.addAttribute("history", offers.historyOf(me.officeId(), me.partnerId(), stored.id()));
		// Languages the form has no description in yet, for the "add a language" list.
		var form = (OfferForm) model.getAttribute("form");
		model.addAttribute("languages", OfferEditor.LANGUAGES.stream()
			.filter(language -> form.getTexts().stream().noneMatch(text -> language.equals(text.getLanguage())))
			.toList());
		return "partners/offers/pro/edit";
	}

	/** Adds or removes a row as the button asks; false for "submit". */
	private static boolean edit(String action, OfferForm form) {
		var parts = action.split(":", 2);
		int index = parts.length == 2 && parts[1].matches("\\d{1,4}") ? Integer.parseInt(parts[1]) : -1;
		switch (parts[0]) {
			case "addPeriod" -> form.getPeriods().add(new PeriodRow());
			case "addPrice" -> form.getPrices().add(new PriceRow());
			case "addContact" -> form.getContacts().add(new ContactRow());
			case "addLanguage" -> addLanguage(form);
			case "removePeriod" -> remove(form.getPeriods(), index);
			case "removePrice" -> remove(form.getPrices(), index);
			case "removeContact" -> remove(form.getContacts(), index);
			case "removePhoto" -> remove(form.getPhotos(), index);
			case "upload" -> {
				// The photo, if any, was stored before: the form comes back with it.
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	private static void addLanguage(OfferForm form) {
		var language = form.getNewLanguage() == null ? "" : form.getNewLanguage().trim();
		if (OfferEditor.LANGUAGES.contains(language)
				&& form.getTexts().stream().noneMatch(text -> language.equals(text.getLanguage()))) {
			form.getTexts().add(new Text(language, "", ""));
		}
		form.setNewLanguage("");
	}

	private static void remove(java.util.List<?> rows, int index) {
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	private void store(MultipartFile upload, OfferForm form, PartnerPrincipal me, BindingResult errors) {
		try (var in = upload.getInputStream()) {
			StoredMedia media = mediaFiles.store(me.officeId(), upload.getOriginalFilename(), in, upload.getSize(),
					"partner:" + me.email());
			var photos = new ArrayList<>(form.getPhotos());
			photos.add(new PhotoRow(media.url(), OfferEditor.plain(form.getUploadCredits())));
			form.setPhotos(photos);
			form.setUploadCredits("");
		}
		catch (RejectedMediaException ex) {
			errors.rejectValue("uploadCredits", ex.key(), ex.arguments(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String uploadedType(String url) {
		try {
			return mediaFiles.find(UUID.fromString(url.substring("/media/".length()))).map(StoredMedia::mimeType).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

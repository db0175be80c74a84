package fr.escale.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndex;
import fr.escale.catalog.search.SearchResults;
import fr.escale.offices.StaffPrincipal;
import fr.escale.territory.Communes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@ConditionalOnWebApplication // a command such as "escale import" serves no search
@Controller
class OfferController {

	private final OfferIndex index;

	private final Offers offers;

	private final Communes communes;

	private final MapPoints mapPoints;

	OfferController(OfferIndex index, Offers offers, Communes communes, MapPoints mapPoints) {
		this.mapPoints = mapPoints;
		this.index = index;
		this.offers = offers;
		this.communes = communes;
	}

	/**
	 * The search page. "Near" takes a commune's name, as a counsellor says it; htmx asks for the
	 * results alone as the filters change.
	 */
	@GetMapping("/offers")
	String search(SearchParameters parameters, @RequestParam(required = false) String place,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var effective = parameters;
		String problem = null;
		if (place != null && !place.isBlank()) {
			var commune = communes.byName(place);
			if (commune.isPresent() && commune.get().latitude() != null) {
				effective = new SearchParameters(parameters.q(), parameters.type(), parameters.commune(),
						commune.get().latitude() + "," + commune.get().longitude(), parameters.radiusKm(),
						parameters.on(), parameters.lang(), parameters.sort(), parameters.page(), parameters.size());
			}
			else {
				problem = "offers.error.place";
				model.addAttribute("problemArgument", place);
			}
		}
		SearchResults results;
		try {
			UUID office = StaffPrincipal.current().map(StaffPrincipal::officeId).orElse(null);
			results = index.search(effective.toQuery(office));
		}
		catch (IllegalArgumentException ex) {
			problem = "offers.error.query";
			model.addAttribute("problemArgument", ex.getMessage());
			results = new SearchResults(0, List.of(), Map.of());
		}
		model.addAttribute("search", parameters);
		model.addAttribute("place", place);
		model.addAttribute("results", results);
		// Built here: Thymeleaf forbids calling beans from inside a script element.
		model.addAttribute("mapPoints", mapPoints.of(results.hits()));
		model.addAttribute("problem", problem);
		return htmx != null ? "catalog/fragments/results :: results" : "catalog/offers";
	}

	@GetMapping("/offers/{id}")
	String offer(@PathVariable UUID id, Model model) {
		var stored = offers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("stored", stored);
		model.addAttribute("offer", stored.offer());
		model.addAttribute("schemaOrg", SchemaOrg.of(stored));
		var offer = stored.offer();
		model.addAttribute("mapPoints", mapPoints.one(id, offer.name().get(LocaleContextHolder.getLocale().getLanguage()),
				offer.latitude(), offer.longitude()));
		// Who changed an offer is the owning office's business (and personal data): no one else sees it.
		boolean owner = StaffPrincipal.current().filter(staff -> staff.officeId().equals(stored.officeId())).isPresent();
		model.addAttribute("history", owner ? offers.history(id) : List.of());
		return "catalog/offer";
	}

}

package fr.escale.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.datatourisme.DatatourismeWriter;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.FacetCount;
import fr.escale.catalog.search.OfferIndex;
import fr.escale.catalog.search.SearchHit;
import fr.escale.catalog.StoredOffer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/** The public offer API: offers are open data. */
@ConditionalOnWebApplication // a command such as "escale import" serves no search
@RestController
class OfferApiController {

	static final String JSON_LD = "application/ld+json";

	private final OfferIndex index;

	private final Offers offers;

	private final DatatourismeWriter writer = new DatatourismeWriter();

	OfferApiController(OfferIndex index, Offers offers) {
		this.index = index;
		this.offers = offers;
	}

	@GetMapping(path = "/api/v1/offers", produces = MediaType.APPLICATION_JSON_VALUE)
	Results search(SearchParameters parameters) {
		var results = index.search(parameters.toQuery(null));
		return new Results(results.total(), results.hits().stream().map(Item::of).toList(), results.facets());
	}

	@GetMapping(path = "/api/v1/offers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	StoredOffer offer(@PathVariable UUID id) {
		return find(id);
	}

	@GetMapping(path = "/api/v1/offers/{id}", produces = JSON_LD)
	ObjectNode offerAsJsonLd(@PathVariable UUID id) {
		return writer.write(find(id).offer());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private StoredOffer find(UUID id) {
		return offers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No offer " + id));
	}

	record Results(long total, List<Item> items, Map<String, List<FacetCount>> facets) {
	}

	record Item(UUID id, String name, List<String> types, Commune commune, Double latitude, Double longitude,
			Double distanceKm) {

		static Item of(SearchHit hit) {
			return new Item(hit.id(), hit.name(), hit.types(),
					hit.communeCode() == null ? null : new Commune(hit.communeCode(), hit.communeName()), hit.latitude(),
					hit.longitude(), hit.distanceKm());
		}

	}

	record Commune(String code, String name) {
	}

}

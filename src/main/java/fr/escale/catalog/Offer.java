package fr.escale.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A tourist offer (an "objet touristique" of the offer database): a place, a business, an
 * event or a product, with what a tourist office needs to present it.
 *
 * @param datatourismeId the DATAtourisme IRI, the identity shared with the national platform
 * @param identifier the identifier in the information system that produced the offer
 * @param types DATAtourisme classes, most specific first as published (e.g. {@code Hotel},
 *        {@code Accommodation}, {@code PlaceOfInterest}, {@code PointOfInterest})
 * @param eventPeriods when an event takes place; opening periods are for places
 * @param classification the official classification (stars, ears of wheat...) if any
 * @param labels quality labels and commitments (Accueil Vélo, Clef Verte...)
 * @param ratings other ratings that are neither the classification nor a label
 * @param translations which texts were translated, and by whom
 */
public record Offer(String datatourismeId, String identifier, List<String> types, LocalizedText name,
		LocalizedText shortDescription, LocalizedText description, Address address, Double latitude,
		Double longitude, List<Contact> contacts, List<Period> openingPeriods, List<Period> eventPeriods,
		List<Price> prices, Rating classification, List<Term> labels, List<Rating> ratings, List<Term> features,
		List<Term> themes, List<Media> media, Source source, LocalDate lastUpdate, Instant lastUpdateDatatourisme,
		List<Translation> translations) {

	public Offer {
		Objects.requireNonNull(datatourismeId, "datatourismeId");
		types = copy(types);
		name = name == null ? LocalizedText.empty() : name;
		shortDescription = shortDescription == null ? LocalizedText.empty() : shortDescription;
		description = description == null ? LocalizedText.empty() : description;
		address = address == null ? new Address(null, null, null, null, null) : address;
		contacts = copy(contacts);
		openingPeriods = copy(openingPeriods);
		eventPeriods = copy(eventPeriods);
		prices = copy(prices);
		labels = copy(labels);
		ratings = copy(ratings);
		features = copy(features);
		themes = copy(themes);
		media = copy(media);
		source = source == null ? new Source(null, null) : source;
		translations = copy(translations);
	}

	/** The picture that stands for the offer: the main one, else the first image. */
	@JsonIgnore
	public Media mainImage() {
		return media.stream()
			.filter(Media::isImage)
			.filter(Media::main)
			.findFirst()
			.or(() -> media.stream().filter(Media::isImage).findFirst())
			.orElse(null);
	}

	@JsonIgnore
	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}

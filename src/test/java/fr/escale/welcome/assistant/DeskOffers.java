package fr.escale.welcome.assistant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.catalog.Address;
import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndexer;

/** Offers put straight into an office's catalogue and its search index, as an import would, for the desk's tests. */
public final class DeskOffers {

	/** Amboise's centre, where the desk's tests place the visitor. */
	public static final double AMBOISE_LAT = 47.4125;

	public static final double AMBOISE_LON = 0.9825;

	private DeskOffers() {
	}

	/**
	 * An offer of these DATAtourisme types (ancestors included, as DATAtourisme publishes them), open every day
	 * from one day to another, or taking place then when it is an event.
	 */
	public static Offer offer(String name, List<String> types, String communeCode, String commune, double latitude,
			double longitude, LocalDate from, LocalDate to, boolean event) {
		var period = List.of(new Period(from, to, LocalTime.of(10, 0), LocalTime.of(18, 0), Set.of(), null));
		return new Offer("https://data.datatourisme.fr/test/" + UUID.randomUUID(), null, types,
				LocalizedText.of("fr", name), null, null,
				new Address(List.of("2 rue de la Loire"), "37400", commune, communeCode, commune), latitude, longitude,
				List.of(new Contact(Contact.Role.MAIN, null, List.of("02 47 57 00 00"), List.of(),
						List.of("https://offre.test"))),
				event ? List.of() : period, event ? period : List.of(), List.of(), null, List.of(), List.of(), List.of(),
				List.of(), List.of(), null, null, null, List.of());
	}

	/** Creates the offers and makes them searchable at once; returns their ids in the same order. */
	public static List<UUID> create(Offers offers, OfferIndexer indexer, UUID officeId, Offer... content) {
		offers.upsert(officeId, List.of(content), null, "import@escale.test");
		indexer.catchUp();
		return java.util.Arrays.stream(content)
			.map(offer -> offers.findByDatatourismeId(officeId, offer.datatourismeId()).orElseThrow().id())
			.toList();
	}

}

package fr.escale.partners.offers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import fr.escale.catalog.Address;
import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Media;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.Price;
import fr.escale.catalog.domain.Offers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offers put straight into the catalogue, as an import would, for the partners' tests. */
public final class CatalogFixture {

	private CatalogFixture() {
	}

	/** A hotel in Amboise with a description in French and English, one period, one price, one contact, one photo. */
	public static Offer hotel(String name) {
		return new Offer("https://data.datatourisme.fr/test/" + UUID.randomUUID(), null, List.of("Hotel", "Accommodation"),
				LocalizedText.of("fr", name), null,
				new LocalizedText(new java.util.TreeMap<>(java.util.Map.of("fr", "Un hôtel au bord de la Loire.", "en",
						"A hotel on the banks of the Loire."))),
				new Address(List.of("1 quai du Général de Gaulle"), "37400", "Amboise", "37003", "Amboise"), 47.41, 0.98,
				List.of(new Contact(Contact.Role.MAIN, null, List.of("02 47 00 00 00"), List.of("accueil@hotel.test"),
						List.of("https://hotel.test"))),
				List.of(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31), LocalTime.of(8, 0),
						LocalTime.of(22, 0), Set.of(), null)),
				List.of(), List.of(new Price(new BigDecimal("89.00"), new BigDecimal("89.00"), "EUR",
						LocalizedText.of("fr", "Chambre double"), null)),
				null, List.of(), List.of(), List.of(), List.of(),
				List.of(new Media("https://images.test/facade.jpg", null, "Office de tourisme", "image/jpeg", true)), null,
				null, null, List.of());
	}

	/** Creates the offer in the office's catalogue and returns its id. */
	public static UUID create(Offers offers, UUID officeId, Offer offer) {
		offers.upsert(officeId, List.of(offer), null, "import@escale.test");
		return offers.findByDatatourismeId(officeId, offer.datatourismeId()).orElseThrow().id();
	}

	/** Makes the offer look last confirmed that many days ago. */
	public static void age(JdbcClient jdbc, UUID offerId, int days) {
		jdbc.sql("UPDATE catalog.offer SET confirmed_at = now() - make_interval(days => ?) WHERE id = ?")
			.params(days, offerId)
			.update();
	}

	static byte[] png(int width, int height) throws IOException {
		var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}

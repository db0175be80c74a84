package fr.escale.welcome.assistant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fr.escale.catalog.Contact;
import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.Period;
import fr.escale.offices.Office;
import fr.escale.offices.Offices;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import org.springframework.stereotype.Component;

/** Reads what a carnet shows from the catalogue as it is today: an offer removed since is left out. */
@Component
class CarnetContents {

	/** Past periods are of no use to a visitor; three coming ones are enough to plan. */
	private static final int MAX_PERIODS = 3;

	private final OfferCatalog catalog;

	private final Offices offices;

	private final InformationPoints points;

	private final Communes communes;

	CarnetContents(OfferCatalog catalog, Offices offices, InformationPoints points, Communes communes) {
		this.catalog = catalog;
		this.offices = offices;
		this.points = points;
		this.communes = communes;
	}

	CarnetPage of(Carnet carnet) {
		var locale = Locale.forLanguageTag(carnet.language());
		var today = LocalDate.now(Requests.DESK_ZONE);
		var entries = new ArrayList<CarnetPage.Entry>();
		for (var id : carnet.offerIds()) {
			catalog.find(carnet.officeId(), id).ifPresent(stored -> entries
				.add(entry(entries.size() + 1, stored.id(), stored.offer(), carnet.language(), today, locale)));
		}
		var office = offices.all().stream().filter(o -> o.id().equals(carnet.officeId())).map(Office::name)
			.findFirst().orElse("");
		return new CarnetPage(carnet, office, point(carnet), List.copyOf(entries), locale);
	}

	private CarnetPage.Place point(Carnet carnet) {
		if (carnet.pointId() == null) {
			return null;
		}
		var point = points.find(carnet.officeId(), carnet.pointId()).orElse(null);
		if (point == null) {
			return null;
		}
		if (point.latitude() != null && point.longitude() != null) {
			return new CarnetPage.Place(point.name(), point.latitude(), point.longitude());
		}
		return communes.byCode(point.communeCode()).filter(c -> c.latitude() != null)
			.map(c -> new CarnetPage.Place(point.name(), c.latitude(), c.longitude())).orElse(null);
	}

	private CarnetPage.Entry entry(int number, java.util.UUID id, Offer offer, String lang, LocalDate today,
			Locale locale) {
		var address = new ArrayList<String>(offer.address().streetLines());
		var commune = communes.byCode(offer.address().communeCode()).map(Commune::name)
			.orElse(Objects.requireNonNullElse(offer.address().locality(), Objects.toString(offer.address().communeName(), "")));
		var town = (Objects.toString(offer.address().postalCode(), "") + " " + commune).trim();
		if (!town.isEmpty()) {
			address.add(town);
		}
		var contact = offer.contacts().stream().filter(c -> c.role() == Contact.Role.MAIN).findFirst()
			.or(() -> offer.contacts().stream().findFirst());
		var periods = offer.eventPeriods().isEmpty() ? offer.openingPeriods() : offer.eventPeriods();
		var when = periods.stream()
			.filter(p -> p.endDate() == null || !p.endDate().isBefore(today))
			.limit(MAX_PERIODS)
			.map(p -> period(p, lang, locale))
			.toList();
		return new CarnetPage.Entry(number, id, offer.name().get(lang), List.copyOf(address),
				contact.flatMap(c -> c.phones().stream().findFirst()).orElse(null),
				contact.flatMap(c -> c.emails().stream().findFirst()).orElse(null),
				contact.flatMap(c -> c.websites().stream().findFirst()).orElse(null), when, offer.latitude(),
				offer.longitude());
	}

	/** « 01/12/2026 – 31/12/2026 · 10:00–18:00 · lun., mar. », as a visitor reads it in their language. */
	static String period(Period period, String lang, Locale locale) {
		var dates = DateTimeFormatter.ofPattern("fr".equals(lang) ? "dd/MM/yyyy" : "d MMM yyyy", locale);
		var parts = new ArrayList<String>();
		if (period.startDate() != null && period.endDate() != null && !period.startDate().equals(period.endDate())) {
			parts.add(dates.format(period.startDate()) + " – " + dates.format(period.endDate()));
		}
		else if (period.startDate() != null || period.endDate() != null) {
			parts.add(dates.format(period.startDate() != null ? period.startDate() : period.endDate()));
		}
		if (period.opens() != null) {
			parts.add(period.opens() + (period.closes() == null ? "" : "–" + period.closes()));
		}
		if (!period.weekdays().isEmpty() && period.weekdays().size() < 7) {
			parts.add(String.join(", ", period.weekdays().stream()
				.map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList()));
		}
		var note = period.note().get(lang);
		if (note != null) {
			parts.add(note);
		}
		return String.join(" · ", parts);
	}

}

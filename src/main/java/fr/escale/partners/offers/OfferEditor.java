package fr.escale.partners.offers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Media;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.Price;
import fr.escale.partners.offers.OfferForm.ContactRow;
import fr.escale.partners.offers.OfferForm.PeriodRow;
import fr.escale.partners.offers.OfferForm.PhotoRow;
import fr.escale.partners.offers.OfferForm.PriceRow;
import fr.escale.partners.offers.OfferForm.Text;
import fr.escale.platform.TypedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.springframework.validation.Errors;

/**
 * Turns an offer into the partner's form and the form back into an offer. Only what a partner
 * edits changes (descriptions, opening periods, prices, contacts, photos); everything else of the
 * offer is kept as the catalogue has it.
 */
final class OfferEditor {

	/** Languages a partner may add descriptions in, besides those the offer has. */
	static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl");

	static final int MAX_DESCRIPTION = 20_000;

	static final int MAX_SHORT = 1_000;

	static final int MAX_LINE = 300;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern WEBSITE = Pattern.compile("https?://\\S{3,490}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{6,40}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern MEDIA_FILE = Pattern.compile("/media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private OfferEditor() {
	}

	static OfferForm form(Offer offer) {
		var form = new OfferForm();
		var languages = new LinkedHashSet<String>(List.of("fr", "en"));
		languages.addAll(offer.description().languages());
		languages.addAll(offer.shortDescription().languages());
		for (var language : languages) {
			form.getTexts().add(new Text(language, nonNull(offer.shortDescription().exactly(language)),
					nonNull(offer.description().exactly(language))));
		}
		var periods = offer.openingPeriods();
		for (int i = 0; i < periods.size(); i++) {
			var period = periods.get(i);
			var row = new PeriodRow();
			row.setOrigin(i);
			row.setStartDate(period.startDate() == null ? "" : period.startDate().toString());
			row.setEndDate(period.endDate() == null ? "" : period.endDate().toString());
			row.setOpens(period.opens() == null ? "" : period.opens().toString());
			row.setCloses(period.closes() == null ? "" : period.closes().toString());
			row.setWeekdays(new ArrayList<>(period.weekdays().stream().map(DayOfWeek::name).toList()));
			row.setNote(nonNull(period.note().exactly("fr")));
			form.getPeriods().add(row);
		}
		var prices = offer.prices();
		for (int i = 0; i < prices.size(); i++) {
			var price = prices.get(i);
			var row = new PriceRow();
			row.setOrigin(i);
			row.setLabel(nonNull(price.description().exactly("fr")));
			row.setAmount(price.min() == null ? "" : price.min().toPlainString());
			row.setMaxAmount(price.max() == null || price.max().equals(price.min()) ? "" : price.max().toPlainString());
			row.setCurrency(nonNull(price.currency()));
			form.getPrices().add(row);
		}
		var contacts = offer.contacts();
		for (int i = 0; i < contacts.size(); i++) {
			var contact = contacts.get(i);
			var row = new ContactRow();
			row.setOrigin(i);
			row.setRole(contact.role().name());
			row.setName(nonNull(contact.name()));
			row.setPhones(String.join(", ", contact.phones()));
			row.setEmails(String.join(", ", contact.emails()));
			row.setWebsites(String.join(", ", contact.websites()));
			form.getContacts().add(row);
		}
		if (contacts.isEmpty()) {
			form.getContacts().add(new ContactRow());
		}
		offer.media().stream().filter(Media::isImage)
			.forEach(media -> form.getPhotos().add(new PhotoRow(media.url(), nonNull(media.credits()))));
		return form;
	}

	/**
	 * The offer as the form wants it, built on {@code base}; every wrong value is rejected on its
	 * field and the result is then meaningless.
	 * @param uploadedType the type of a photo stored by {@code MediaFiles}, by address, null for an
	 *        unknown address: a photo stays if it is the offer's own or one uploaded
	 */
	static Offer offer(Offer base, OfferForm form, Errors errors, Function<String, String> uploadedType) {
		var shortDescription = new TreeMap<String, String>();
		var description = new TreeMap<String, String>();
		var texts = form.getTexts();
		for (int i = 0; i < texts.size(); i++) {
			var text = texts.get(i);
			var language = nonNull(text.getLanguage()).trim().toLowerCase(Locale.ROOT);
			if (!language.matches("[a-z]{2}")) {
				errors.rejectValue("texts[" + i + "].language", "partnerOffers.error.language");
				continue;
			}
			var shortText = plain(text.getShortDescription());
			var longText = plain(text.getDescription());
			if (shortText.length() > MAX_SHORT) {
				errors.rejectValue("texts[" + i + "].shortDescription", "partnerOffers.error.tooLong", new Object[] { MAX_SHORT }, null);
			}
			if (longText.length() > MAX_DESCRIPTION) {
				errors.rejectValue("texts[" + i + "].description", "partnerOffers.error.tooLong", new Object[] { MAX_DESCRIPTION }, null);
			}
			// A text the partner left as it was stays byte for byte (spaces, line ends, markup of the source).
			shortDescription.put(language, unlessUntouched(shortText, base.shortDescription().exactly(language)));
			description.put(language, unlessUntouched(longText, base.description().exactly(language)));
		}
		var periods = new ArrayList<Period>();
		for (int i = 0; i < form.getPeriods().size(); i++) {
			var row = form.getPeriods().get(i);
			if (!row.isBlank()) {
				periods.add(period(row, origin(base.openingPeriods(), row.getOrigin()), "periods[" + i + "].", errors));
			}
		}
		var prices = new ArrayList<Price>();
		for (int i = 0; i < form.getPrices().size(); i++) {
			var row = form.getPrices().get(i);
			if (!row.isBlank()) {
				prices.add(price(row, origin(base.prices(), row.getOrigin()), "prices[" + i + "].", errors));
			}
		}
		var contacts = new ArrayList<Contact>();
		for (int i = 0; i < form.getContacts().size(); i++) {
			var row = form.getContacts().get(i);
			if (!row.isBlank()) {
				contacts.add(contact(row, "contacts[" + i + "].", errors));
			}
		}
		var media = new ArrayList<Media>();
		for (int i = 0; i < form.getPhotos().size(); i++) {
			var row = form.getPhotos().get(i);
			var credits = plain(row.getCredits());
			if (credits.length() > MAX_LINE) {
				errors.rejectValue("photos[" + i + "].credits", "partnerOffers.error.tooLong", new Object[] { MAX_LINE }, null);
			}
			var url = nonNull(row.getUrl()).trim();
			var own = base.media().stream().filter(m -> m.url().equals(url)).findFirst();
			if (own.isPresent()) {
				var m = own.get();
				media.add(new Media(m.url(), m.title(), credits.isEmpty() ? null : credits, m.mimeType(), m.main()));
			}
			else if (MEDIA_FILE.matcher(url).matches() && uploadedType.apply(url) != null) {
				media.add(new Media(url, null, credits.isEmpty() ? null : credits, uploadedType.apply(url), false));
			}
			// Any other address is not a photo of this offer nor one uploaded: it is dropped.
		}
		// Brochures and videos are not edited here: they stay as they are.
		base.media().stream().filter(m -> !m.isImage()).forEach(media::add);
		return with(base, new LocalizedText(shortDescription), new LocalizedText(description), periods, prices, contacts,
				media);
	}

	/**
	 * The current offer with the fields the partner changed (from {@code before} to {@code after})
	 * taken from {@code after}: what the office or an import changed meanwhile in other fields stays.
	 */
	static Offer merge(Offer current, Offer before, Offer after) {
		return with(current, pick(current, before, after, Offer::shortDescription),
				pick(current, before, after, Offer::description), pick(current, before, after, Offer::openingPeriods),
				pick(current, before, after, Offer::prices), pick(current, before, after, Offer::contacts),
				pick(current, before, after, Offer::media));
	}

	/** Whether the partner changed anything it can edit. */
	static boolean changed(Offer before, Offer after) {
		return !merge(before, before, after).equals(before);
	}

	private static <T> T pick(Offer current, Offer before, Offer after, Function<Offer, T> field) {
		return Objects.equals(field.apply(before), field.apply(after)) ? field.apply(current) : field.apply(after);
	}

	static Offer with(Offer o, LocalizedText shortDescription, LocalizedText description, List<Period> periods,
			List<Price> prices, List<Contact> contacts, List<Media> media) {
		return new Offer(o.datatourismeId(), o.identifier(), o.types(), o.name(), shortDescription, description,
				o.address(), o.latitude(), o.longitude(), contacts, periods, o.eventPeriods(), prices, o.classification(),
				o.labels(), o.ratings(), o.features(), o.themes(), media, o.source(), o.lastUpdate(),
				o.lastUpdateDatatourisme(), o.translations());
	}

	private static Period period(PeriodRow row, Period origin, String path, Errors errors) {
		var start = date(row.getStartDate(), path + "startDate", errors);
		if (start == null && blank(row.getStartDate())) {
			errors.rejectValue(path + "startDate", "partnerOffers.error.startRequired");
		}
		var end = blank(row.getEndDate()) ? start : date(row.getEndDate(), path + "endDate", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue(path + "endDate", "partnerOffers.error.endBeforeStart");
		}
		var opens = time(row.getOpens(), path + "opens", errors);
		var closes = time(row.getCloses(), path + "closes", errors);
		if (closes != null && blank(row.getOpens())) {
			errors.rejectValue(path + "opens", "partnerOffers.error.opensRequired");
		}
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.rejectValue(path + "closes", "partnerOffers.error.closesBeforeOpens");
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (var day : row.getWeekdays()) {
			Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(day)).forEach(days::add);
		}
		var note = plain(row.getNote());
		if (note.length() > MAX_LINE) {
			errors.rejectValue(path + "note", "partnerOffers.error.tooLong", new Object[] { MAX_LINE }, null);
		}
		var notes = origin == null ? LocalizedText.of("fr", note) : origin.note().with("fr", note);
		return new Period(start, end, opens, closes, days, notes);
	}

	private static Price price(PriceRow row, Price origin, String path, Errors errors) {
		var label = plain(row.getLabel());
		if (label.length() > MAX_LINE) {
			errors.rejectValue(path + "label", "partnerOffers.error.tooLong", new Object[] { MAX_LINE }, null);
		}
		var min = amount(row.getAmount(), path + "amount", errors);
		if (min == null && blank(row.getAmount())) {
			errors.rejectValue(path + "amount", "partnerOffers.error.amountRequired");
		}
		var max = blank(row.getMaxAmount()) ? (origin != null && origin.max() == null ? null : min)
				: amount(row.getMaxAmount(), path + "maxAmount", errors);
		if (min != null && max != null && max.compareTo(min) < 0) {
			errors.rejectValue(path + "maxAmount", "partnerOffers.error.maxBelowMin");
		}
		var currency = nonNull(row.getCurrency()).trim().toUpperCase(Locale.ROOT);
		if (currency.isEmpty()) {
			currency = origin == null ? "EUR" : origin.currency();
		}
		else if (!CURRENCY.matcher(currency).matches()) {
			errors.rejectValue(path + "currency", "partnerOffers.error.currency");
		}
		var description = origin == null ? LocalizedText.of("fr", label) : origin.description().with("fr", label);
		return new Price(min, max, currency, description, origin == null ? null : origin.policy());
	}

	private static Contact contact(ContactRow row, String path, Errors errors) {
		var role = "BOOKING".equals(row.getRole()) ? Contact.Role.BOOKING : Contact.Role.MAIN;
		var name = plain(row.getName());
		if (name.length() > MAX_LINE) {
			errors.rejectValue(path + "name", "partnerOffers.error.tooLong", new Object[] { MAX_LINE }, null);
		}
		var phones = values(row.getPhones());
		if (phones.stream().anyMatch(phone -> !PHONE.matcher(phone).matches())) {
			errors.rejectValue(path + "phones", "partnerOffers.error.phone");
		}
		var emails = values(row.getEmails());
		if (emails.stream().anyMatch(email -> !EMAIL.matcher(email).matches() || email.length() > 254)) {
			errors.rejectValue(path + "emails", "partnerOffers.error.email");
		}
		var websites = values(row.getWebsites());
		if (websites.stream().anyMatch(site -> !WEBSITE.matcher(site).matches())) {
			errors.rejectValue(path + "websites", "partnerOffers.error.website");
		}
		return new Contact(role, name.isEmpty() ? null : name, phones, emails, websites);
	}

	private static LocalDate date(String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		var date = TypedDate.parse(text);
		if (date.isEmpty()) {
			errors.rejectValue(field, "partnerOffers.error.date", new Object[] { text.trim() }, null);
		}
		return date.orElse(null);
	}

	private static LocalTime time(String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		var trimmed = text.trim().replace('h', ':');
		if (trimmed.endsWith(":")) {
			trimmed = trimmed + "00";
		}
		try {
			return LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "partnerOffers.error.time", new Object[] { text.trim() }, null);
			return null;
		}
	}

	private static BigDecimal amount(String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			var amount = new BigDecimal(text.trim().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
			if (amount.signum() < 0) {
				errors.rejectValue(field, "partnerOffers.error.negative");
			}
			else if (amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
				errors.rejectValue(field, "partnerOffers.error.amount", new Object[] { text.trim() }, null);
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "partnerOffers.error.amount", new Object[] { text.trim() }, null);
			return null;
		}
	}

	private static List<String> values(String text) {
		return blank(text) ? List.of()
				: Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(value -> !value.isEmpty()).toList();
	}

	/** A text as a person wrote it, without any markup: offers are plain text wherever they go. */
	static String plain(String text) {
		if (blank(text)) {
			return "";
		}
		var settings = new Document.OutputSettings().prettyPrint(false);
		var cleaned = Jsoup.clean(text.replace("\r\n", "\n"), "", Safelist.none(), settings);
		return Parser.unescapeEntities(cleaned, false).strip();
	}

	private static String unlessUntouched(String text, String original) {
		return original != null && plain(original).equals(text) ? original : text;
	}

	private static <T> T origin(List<T> list, Integer index) {
		return index != null && index >= 0 && index < list.size() ? list.get(index) : null;
	}

	private static boolean blank(String text) {
		return OfferForm.blank(text);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}

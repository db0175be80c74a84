package fr.escale.partners.offers;

import java.util.ArrayList;
import java.util.List;

/**
 * What a partner edits of an offer, as typed: every value is kept as text so that a wrong date or
 * amount comes back to the person exactly as typed, with its reason. Rows remember which line of
 * the offer they come from ({@code origin}), so that what the form does not show (other
 * languages of a note, a pricing policy) is kept.
 */
public class OfferForm {

	private List<Text> texts = new ArrayList<>();

	private List<PeriodRow> periods = new ArrayList<>();

	private List<PriceRow> prices = new ArrayList<>();

	private List<ContactRow> contacts = new ArrayList<>();

	private List<PhotoRow> photos = new ArrayList<>();

	private String uploadCredits = "";

	private String newLanguage = "";

	/** The descriptions in one language. */
	public static class Text {

		private String language = "";

		private String shortDescription = "";

		private String description = "";

		public Text() {
		}

		Text(String language, String shortDescription, String description) {
			this.language = language;
			this.shortDescription = shortDescription;
			this.description = description;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

		public String getShortDescription() {
			return shortDescription;
		}

		public void setShortDescription(String shortDescription) {
			this.shortDescription = shortDescription;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** An opening period: dates, optional hours and weekdays, an optional note (in French). */
	public static class PeriodRow {

		private Integer origin;

		private String startDate = "";

		private String endDate = "";

		private String opens = "";

		private String closes = "";

		private List<String> weekdays = new ArrayList<>();

		private String note = "";

		public Integer getOrigin() {
			return origin;
		}

		public void setOrigin(Integer origin) {
			this.origin = origin;
		}

		public String getStartDate() {
			return startDate;
		}

		public void setStartDate(String startDate) {
			this.startDate = startDate;
		}

		public String getEndDate() {
			return endDate;
		}

		public void setEndDate(String endDate) {
			this.endDate = endDate;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public List<String> getWeekdays() {
			return weekdays;
		}

		public void setWeekdays(List<String> weekdays) {
			this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		boolean isBlank() {
			return blank(startDate) && blank(endDate) && blank(opens) && blank(closes) && blank(note);
		}

	}

	/** A price line: a label (in French), an amount or a range, a currency. */
	public static class PriceRow {

		private Integer origin;

		private String label = "";

		private String amount = "";

		private String maxAmount = "";

		private String currency = "EUR";

		public Integer getOrigin() {
			return origin;
		}

		public void setOrigin(Integer origin) {
			this.origin = origin;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getMaxAmount() {
			return maxAmount;
		}

		public void setMaxAmount(String maxAmount) {
			this.maxAmount = maxAmount;
		}

		public String getCurrency() {
			return currency;
		}

		public void setCurrency(String currency) {
			this.currency = currency;
		}

		boolean isBlank() {
			return blank(label) && blank(amount) && blank(maxAmount);
		}

	}

	/** A contact of the offer; several phones, e-mails or websites are separated by commas. */
	public static class ContactRow {

		private Integer origin;

		private String role = "MAIN";

		private String name = "";

		private String phones = "";

		private String emails = "";

		private String websites = "";

		public Integer getOrigin() {
			return origin;
		}

		public void setOrigin(Integer origin) {
			this.origin = origin;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhones() {
			return phones;
		}

		public void setPhones(String phones) {
			this.phones = phones;
		}

		public String getEmails() {
			return emails;
		}

		public void setEmails(String emails) {
			this.emails = emails;
		}

		public String getWebsites() {
			return websites;
		}

		public void setWebsites(String websites) {
			this.websites = websites;
		}

		boolean isBlank() {
			return blank(name) && blank(phones) && blank(emails) && blank(websites);
		}

	}

	/** A photo of the offer (already stored) and its credits. */
	public static class PhotoRow {

		private String url = "";

		private String credits = "";

		public PhotoRow() {
		}

		PhotoRow(String url, String credits) {
			this.url = url;
			this.credits = credits;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getCredits() {
			return credits;
		}

		public void setCredits(String credits) {
			this.credits = credits;
		}

	}

	public List<Text> getTexts() {
		return texts;
	}

	public void setTexts(List<Text> texts) {
		this.texts = texts;
	}

	public List<PeriodRow> getPeriods() {
		return periods;
	}

	public void setPeriods(List<PeriodRow> periods) {
		this.periods = periods;
	}

	public List<PriceRow> getPrices() {
		return prices;
	}

	public void setPrices(List<PriceRow> prices) {
		this.prices = prices;
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public List<PhotoRow> getPhotos() {
		return photos;
	}

	public void setPhotos(List<PhotoRow> photos) {
		this.photos = photos;
	}

	public String getUploadCredits() {
		return uploadCredits;
	}

	public void setUploadCredits(String uploadCredits) {
		this.uploadCredits = uploadCredits;
	}

	public String getNewLanguage() {
		return newLanguage;
	}

	public void setNewLanguage(String newLanguage) {
		this.newLanguage = newLanguage;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

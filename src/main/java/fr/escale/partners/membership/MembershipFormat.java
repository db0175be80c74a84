package fr.escale.partners.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts and dates in the user's language, for the templates: {@code ${@membershipFormat.euros(cents)}}. */
@Component("membershipFormat")
public class MembershipFormat {

	public String euros(long cents) {
		return Euros.format(cents, LocaleContextHolder.getLocale());
	}

	public String date(LocalDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

}

package fr.escale.offices;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import fr.escale.platform.EscaleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the very first start, creates the default office and its first administrator, so that a
 * newcomer can log in at once. A generated password is printed once and never stored in clear.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	static final String DEFAULT_OFFICE = "demo";

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final Offices offices;

	private final StaffAccounts accounts;

	private final EscaleProperties properties;

	FirstStart(Offices offices, StaffAccounts accounts, EscaleProperties properties) {
		this.offices = offices;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		var office = offices.first(DEFAULT_OFFICE, "Office de tourisme Touraine Val de Loire");
		if (accounts.any()) {
			return;
		}
		var email = StringUtils.hasText(properties.admin().email()) ? properties.admin().email() : "admin@escale.local";
		var password = properties.admin().password();
		boolean generated = !StringUtils.hasText(password);
		if (generated) {
			var bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		accounts.create(office.id(), email, "Administrator", password, Set.of(Role.ADMINISTRATOR));
		if (generated) {
			log.warn("""

					==============================================================
					 First administrator created: {}
					 Password (shown once, keep it safe): {}
					==============================================================""", email, password);
		}
		else {
			log.info("First administrator created: {}", email);
		}
	}

}

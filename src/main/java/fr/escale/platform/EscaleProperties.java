package fr.escale.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings a person running Escale may change, each also readable from the environment
 * ({@code ESCALE_HOME}, {@code ESCALE_DEMO}, {@code ESCALE_ADMIN_EMAIL}, {@code ESCALE_ADMIN_PASSWORD}).
 */
@ConfigurationProperties("escale")
public record EscaleProperties(Path home, boolean demo, Admin admin, Database database) {

	public EscaleProperties {
		admin = admin == null ? new Admin(null, null) : admin;
		database = database == null ? new Database(false) : database;
	}

	/** The first administrator; without a password one is generated and printed once. */
	public record Admin(String email, String password) {
	}

	/** Ephemeral: a throw-away embedded database (tests, benchmarks) instead of the one under home. */
	public record Database(boolean ephemeral) {
	}

}

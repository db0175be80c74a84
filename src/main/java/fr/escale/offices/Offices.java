package fr.escale.offices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offices served by this instance (a network of offices shares one Escale). */
@Service
public class Offices {

	private final JdbcClient jdbc;

	Offices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Office> bySlug(String slug) {
		return jdbc.sql("SELECT id, slug, name FROM offices.office WHERE slug = ?")
			.param(slug)
			.query(Office.class)
			.optional();
	}

	public List<Office> all() {
		return jdbc.sql("SELECT id, slug, name FROM offices.office ORDER BY name").query(Office.class).list();
	}

	/** The office a fresh instance starts with, created on first use. */
	@Transactional
	public Office first(String slug, String name) {
		return bySlug(slug).orElseGet(() -> {
			var office = new Office(UUID.randomUUID(), slug, name);
			jdbc.sql("INSERT INTO offices.office (id, slug, name) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING")
				.params(office.id(), office.slug(), office.name())
				.update();
			return bySlug(slug).orElseThrow();
		});
	}

}

package fr.escale.partners;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people to talk to at a partner (the owner, the manager, the person for bookings...), besides its logins. */
@Service
public class PartnerContacts {

	/** A person at a partner; role, e-mail and phone are optional. */
	public record PartnerContact(UUID id, String name, String role, String email, String phone) {
	}

	private final JdbcClient jdbc;

	PartnerContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PartnerContact> of(UUID officeId, UUID partnerId) {
		return jdbc.sql("""
				SELECT c.id, c.name, c.role, c.email, c.phone FROM partners.partner_contact c
				JOIN partners.partner p ON p.id = c.partner_id
				WHERE p.office_id = ? AND p.id = ? ORDER BY lower(c.name)""")
			.params(officeId, partnerId)
			.query(PartnerContact.class)
			.list();
	}

	/** Adds a person to a partner of the office; the partner must be the office's. */
	@Transactional
	public UUID add(UUID officeId, UUID partnerId, String name, String role, String email, String phone) {
		var id = UUID.randomUUID();
		int added = jdbc.sql("""
				INSERT INTO partners.partner_contact (id, partner_id, name, role, email, phone)
				SELECT ?, id, ?, ?, ?, ? FROM partners.partner WHERE office_id = ? AND id = ?""")
			.params(id, name.trim(), blankToNull(role), blankToNull(email), blankToNull(phone), officeId, partnerId)
			.update();
		if (added == 0) {
			throw new PartnerNotFoundException(partnerId);
		}
		return id;
	}

	/** Removes a person; removing one already gone changes nothing. */
	@Transactional
	public void remove(UUID officeId, UUID partnerId, UUID contactId) {
		jdbc.sql("""
				DELETE FROM partners.partner_contact c USING partners.partner p
				WHERE p.id = c.partner_id AND p.office_id = ? AND p.id = ? AND c.id = ?""")
			.params(officeId, partnerId, contactId)
			.update();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}

package fr.escale.partners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logins of the pro space. A partner user is invited by e-mail: the link carries a random
 * token, used once, of which only a hash is stored; following it sets the password.
 */
@Service
public class PartnerUsers {

	/** How long an invitation link stays valid. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	PartnerUsers(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** A login of a partner, as the partner's page lists them. */
	public record PartnerUser(UUID id, UUID partnerId, String email, String displayName, boolean active,
			boolean enabled, Instant lastLoginAt) {
	}

	/** A fresh invitation: the token goes into the e-mail's link and nowhere else. */
	public record Invitation(UUID userId, String email, String displayName, String token, Instant expiresAt) {
	}

	/** An invitation link as its holder sees it before setting a password. */
	public record PendingInvitation(UUID userId, String email, String displayName, String partnerName) {
	}

	/** Loads a login for the pro space's authentication; unknown e-mails are refused alike. */
	public PartnerPrincipal loadUserByUsername(String email) {
		return jdbc.sql("""
				SELECT u.id, u.office_id, u.partner_id, u.email, u.display_name, u.password_hash, u.enabled, p.name AS partner_name
				FROM partners.partner_user u JOIN partners.partner p ON p.id = u.partner_id
				WHERE lower(u.email) = lower(?)""")
			.param(email == null ? "" : email.trim())
			.query((row, i) -> new PartnerPrincipal(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
					row.getObject("partner_id", UUID.class), row.getString("email"), row.getString("display_name"),
					row.getString("partner_name"), row.getString("password_hash"), row.getBoolean("enabled")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(email));
	}

	public List<PartnerUser> of(UUID officeId, UUID partnerId) {
		return jdbc.sql("""
				SELECT id, partner_id, email, display_name, password_hash IS NOT NULL AS active, enabled, last_login_at
				FROM partners.partner_user WHERE office_id = ? AND partner_id = ? ORDER BY display_name, email""")
			.params(officeId, partnerId)
			.query((row, i) -> new PartnerUser(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
					row.getString("email"), row.getString("display_name"), row.getBoolean("active"),
					row.getBoolean("enabled"),
					row.getTimestamp("last_login_at") == null ? null : row.getTimestamp("last_login_at").toInstant()))
			.list();
	}

	public boolean exists(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.partner_user WHERE lower(email) = lower(?))")
			.param(email.trim())
			.query(Boolean.class)
			.single();
	}

	/** Creates the login of a partner's person, without password, and its first invitation. */
	@Transactional
	public Invitation invite(UUID officeId, UUID partnerId, String email, String displayName, String invitedBy) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.partner_user (id, office_id, partner_id, email, display_name, invited_by)
				SELECT ?, office_id, id, ?, ?, ? FROM partners.partner WHERE office_id = ? AND id = ?""")
			.params(id, email.trim(), displayName.trim(), invitedBy, officeId, partnerId)
			.update();
		return newInvitation(id, email.trim(), displayName.trim());
	}

	/** A new link for a login of the office's partner (lost e-mail, expired link, forgotten password). */
	@Transactional
	public Optional<Invitation> reinvite(UUID officeId, UUID userId) {
		return jdbc.sql("SELECT email, display_name FROM partners.partner_user WHERE office_id = ? AND id = ?")
			.params(officeId, userId)
			.query((row, i) -> newInvitation(userId, row.getString("email"), row.getString("display_name")))
			.optional();
	}

	/** The invitation behind a link, if it is still valid and unused. */
	public Optional<PendingInvitation> pending(String token) {
		return jdbc.sql("""
				SELECT u.id, u.email, u.display_name, p.name
				FROM partners.invitation i
				JOIN partners.partner_user u ON u.id = i.partner_user_id
				JOIN partners.partner p ON p.id = u.partner_id
				WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > now() AND u.enabled""")
			.param(hash(token))
			.query((row, i) -> new PendingInvitation(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getString(4)))
			.optional();
	}

	/**
	 * Sets the password of the invitation's login and spends the link, together: a link works once.
	 * Other links still open for the same login are spent too.
	 */
	@Transactional
	public Optional<PendingInvitation> accept(String token, String rawPassword) {
		var invitation = jdbc.sql("""
				UPDATE partners.invitation SET used_at = now()
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()
				RETURNING partner_user_id""")
			.param(hash(token))
			.query(UUID.class)
			.optional();
		if (invitation.isEmpty()) {
			return Optional.empty();
		}
		var userId = invitation.get();
		jdbc.sql("UPDATE partners.invitation SET used_at = now() WHERE partner_user_id = ? AND used_at IS NULL")
			.param(userId)
			.update();
		jdbc.sql("UPDATE partners.partner_user SET password_hash = ? WHERE id = ? AND enabled")
			.params(passwords.encode(rawPassword), userId)
			.update();
		return jdbc.sql("""
				SELECT u.id, u.email, u.display_name, p.name FROM partners.partner_user u
				JOIN partners.partner p ON p.id = u.partner_id WHERE u.id = ? AND u.enabled""")
			.param(userId)
			.query((row, i) -> new PendingInvitation(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getString(4)))
			.optional();
	}

	/** Turns a login off (the person left the business) or on again; a login turned off is refused, even mid-session. */
	@Transactional
	public boolean enable(UUID officeId, UUID userId, boolean enabled) {
		return jdbc.sql("UPDATE partners.partner_user SET enabled = ? WHERE office_id = ? AND id = ?")
			.params(enabled, officeId, userId)
			.update() == 1;
	}

	/**
	 * Where mail to a partner goes: the addresses of its people who can open the pro space, else the
	 * partner's own address; none when it has neither.
	 */
	public List<String> mailTo(Partner partner) {
		var logins = of(partner.officeId(), partner.id()).stream()
			.filter(user -> user.active() && user.enabled())
			.map(PartnerUser::email)
			.distinct()
			.toList();
		if (!logins.isEmpty()) {
			return logins;
		}
		return partner.email() == null || partner.email().isBlank() ? List.of() : List.of(partner.email());
	}

	/** Whether a login may still act: not turned off, and its partner still there. */
	public boolean isEnabled(UUID userId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.partner_user WHERE id = ? AND enabled AND password_hash IS NOT NULL)")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	public void loggedIn(UUID userId) {
		jdbc.sql("UPDATE partners.partner_user SET last_login_at = now() WHERE id = ?").param(userId).update();
	}

	private Invitation newInvitation(UUID userId, String email, String displayName) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var expiresAt = Instant.now().plus(INVITATION_VALIDITY);
		jdbc.sql("INSERT INTO partners.invitation (token_hash, partner_user_id, expires_at) VALUES (?, ?, ?)")
			.params(hash(token), userId, java.sql.Timestamp.from(expiresAt))
			.update();
		return new Invitation(userId, email, displayName, token, expiresAt);
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

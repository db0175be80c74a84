package fr.escale.offices;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff logins of every office; passwords are kept only as hashes. */
@Service
public class StaffAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Override
	public StaffPrincipal loadUserByUsername(String email) {
		return jdbc.sql("""
				SELECT id, office_id, email, display_name, password_hash, enabled, roles
				FROM offices.staff_user WHERE lower(email) = lower(?)""")
			.param(email.trim())
			.query(StaffAccounts::principal)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(email));
	}

	/** A member of staff as the office's staff page lists them. */
	public record Member(UUID id, String email, String displayName, List<Role> roles, boolean enabled) {
	}

	public List<Member> of(UUID officeId) {
		return jdbc.sql("""
				SELECT id, email, display_name, roles, enabled FROM offices.staff_user
				WHERE office_id = ? ORDER BY display_name, email""")
			.param(officeId)
			.query((row, i) -> new Member(row.getObject("id", UUID.class), row.getString("email"),
					row.getString("display_name"),
					Arrays.stream((String[]) row.getArray("roles").getArray()).map(Role::valueOf).toList(),
					row.getBoolean("enabled")))
			.list();
	}

	public boolean exists(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM offices.staff_user WHERE lower(email) = lower(?))")
			.param(email.trim())
			.query(Boolean.class)
			.single();
	}

	public boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM offices.staff_user)").query(Boolean.class).single();
	}

	@Transactional
	public UUID create(UUID officeId, String email, String displayName, String rawPassword, Set<Role> roles) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO offices.staff_user (id, office_id, email, display_name, password_hash, roles)
				VALUES (?, ?, ?, ?, ?, ?::text[])""")
			.params(id, officeId, email.trim(), displayName, passwords.encode(rawPassword),
					roles.stream().map(Role::name).toArray(String[]::new))
			.update();
		return id;
	}

	private static StaffPrincipal principal(ResultSet row, int index) throws SQLException {
		Array roles = row.getArray("roles");
		var authorities = Arrays.stream((String[]) roles.getArray())
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new StaffPrincipal(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				row.getString("email"), row.getString("display_name"), row.getString("password_hash"),
				row.getBoolean("enabled"), authorities);
	}

}

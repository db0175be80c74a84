package fr.escale.welcome;

import java.util.Set;
import java.util.UUID;

import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;

/** A member of an office's staff for the desk's tests: « counsellor@slug.test », password « counsellor-secret-42 ». */
public final class DeskStaff {

	private DeskStaff() {
	}

	public static StaffPrincipal member(StaffAccounts accounts, UUID officeId, String slug, Role role) {
		var email = role.name().toLowerCase() + "@" + slug + ".test";
		accounts.create(officeId, email, role.name(), password(role), Set.of(role));
		return accounts.loadUserByUsername(email);
	}

	public static String password(Role role) {
		return role.name().toLowerCase() + "-secret-42";
	}

}

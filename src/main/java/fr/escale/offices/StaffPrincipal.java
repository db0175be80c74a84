package fr.escale.offices;

import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** A logged-in member of staff, who always acts for one office. */
public class StaffPrincipal extends User {

	private final UUID id;

	private final UUID officeId;

	private final String displayName;

	StaffPrincipal(UUID id, UUID officeId, String email, String displayName, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(email, passwordHash, enabled, true, true, true, authorities);
		this.id = id;
		this.officeId = officeId;
		this.displayName = displayName;
	}

	public UUID id() {
		return id;
	}

	public UUID officeId() {
		return officeId;
	}

	public String email() {
		return getUsername();
	}

	public String displayName() {
		return displayName;
	}

	/** The staff member of the current request, if one is logged in. */
	public static java.util.Optional<StaffPrincipal> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				? java.util.Optional.of(staff) : java.util.Optional.empty();
	}

}

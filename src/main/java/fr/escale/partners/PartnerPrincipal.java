package fr.escale.partners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** A partner's login in the pro space: it always acts for one partner of one office. */
public class PartnerPrincipal extends User {

	public static final String ROLE = "PARTNER";

	private final UUID id;

	private final UUID officeId;

	private final UUID partnerId;

	private final String displayName;

	private final String partnerName;

	PartnerPrincipal(UUID id, UUID officeId, UUID partnerId, String email, String displayName, String partnerName,
			String passwordHash, boolean enabled) {
		super(email, passwordHash == null ? "" : passwordHash, enabled && passwordHash != null, true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.id = id;
		this.officeId = officeId;
		this.partnerId = partnerId;
		this.displayName = displayName;
		this.partnerName = partnerName;
	}

	public UUID id() {
		return id;
	}

	public UUID officeId() {
		return officeId;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public String email() {
		return getUsername();
	}

	public String displayName() {
		return displayName;
	}

	public String partnerName() {
		return partnerName;
	}

	/** The partner of the current request, if one is logged into the pro space. */
	public static Optional<PartnerPrincipal> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PartnerPrincipal partner
				? Optional.of(partner) : Optional.empty();
	}

}

package fr.escale.offices;

/** What a member of an office's staff may do. */
public enum Role {

	ADMINISTRATOR, COUNSELLOR, PARTNER_MANAGER, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

}

package fr.escale.offices.web;

import fr.escale.offices.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new member of staff; the first password is given to them by the administrator. */
record StaffForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
		@NotNull Role role, @NotBlank @Size(min = 12, max = 200) String password) {
}

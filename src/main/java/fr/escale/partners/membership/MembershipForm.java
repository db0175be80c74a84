package fr.escale.partners.membership;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A membership staff propose to a partner: for a year, at a tier. */
record MembershipForm(int year, @NotNull UUID tierId) {
}

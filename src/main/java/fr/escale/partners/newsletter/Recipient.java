package fr.escale.partners.newsletter;

import java.util.UUID;

/**
 * An address a newsletter goes to: the partner's own or one of its pro users'.
 *
 * @param unsubscribeToken the partner's secret that makes its unsubscribe link
 */
record Recipient(UUID partnerId, String partnerName, String email, String unsubscribeToken) {
}

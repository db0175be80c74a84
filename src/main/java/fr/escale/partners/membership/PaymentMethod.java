package fr.escale.partners.membership;

/** How a fee was paid: by bank transfer, by cheque, by card or in cash at the desk. */
public enum PaymentMethod {

	TRANSFER, CHEQUE, CARD, CASH

}

package fr.escale.partners.workshops;

/** A change the session's rules refuse; the message key explains why to the user. */
class WorkshopRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	WorkshopRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}

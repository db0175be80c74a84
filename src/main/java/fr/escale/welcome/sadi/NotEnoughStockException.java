package fr.escale.welcome.sadi;

/** Handing out more brochures than the point holds: the stock never goes below zero. */
public class NotEnoughStockException extends RuntimeException {

	private final int available;

	NotEnoughStockException(int available, int asked) {
		super("Only " + available + " in stock, " + asked + " asked");
		this.available = available;
	}

	public int available() {
		return available;
	}

}

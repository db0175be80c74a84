package fr.escale.partners.newsletter;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The body of a newsletter as staff write it: a little HTML (paragraphs, bold, italics, headings,
 * lists, links), cleaned of anything that could run in a reader's mail client or browser.
 */
final class RichText {

	/** What a newsletter may hold: jsoup's basic text formatting, headings, and nothing executable. */
	private static final Safelist ALLOWED = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private RichText() {
	}

	/**
	 * Safe HTML from what was typed: scripts, event handlers, styles and {@code javascript:} links go.
	 * Text typed without any tag (no JavaScript editor) becomes paragraphs, one per blank line.
	 */
	static String sanitise(String typed) {
		if (typed == null || typed.isBlank()) {
			return "";
		}
		var html = hasMarkup(typed) ? typed : paragraphs(typed);
		return Jsoup.clean(html, "", ALLOWED, COMPACT).trim();
	}

	/** Whether the text holds tags, or is plain text (a lone "&lt;3" is no tag). */
	static boolean hasMarkup(String typed) {
		return typed != null && TAG.matcher(typed).find();
	}

	/** Whether the body says anything once cleaned: markup alone, or a script alone, is empty. */
	static boolean isBlank(String html) {
		return Jsoup.parseBodyFragment(sanitise(html)).text().isBlank();
	}

	/** The plain text version of a body, for mail clients that show no HTML. */
	static String toText(String html) {
		var text = new StringBuilder();
		for (var node : Jsoup.parseBodyFragment(sanitise(html)).body().childNodes()) {
			appendText(node, text);
		}
		return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim();
	}

	private static void appendText(Node node, StringBuilder text) {
		if (node instanceof TextNode words) {
			text.append(words.text().replaceAll("\\s+", " "));
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		var tag = element.normalName();
		switch (tag) {
			case "br" -> text.append('\n');
			case "li" -> text.append("\n- ");
			case "p", "div", "blockquote", "pre", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6" -> text.append("\n\n");
			default -> {
			}
		}
		for (var child : element.childNodes()) {
			appendText(child, text);
		}
		var href = element.attr("href");
		if (tag.equals("a") && !href.isBlank() && !href.equals(element.text())) {
			text.append(" (").append(href).append(')');
		}
		if (tag.startsWith("h") && tag.length() == 2 || tag.equals("p") || tag.equals("ul") || tag.equals("ol")) {
			text.append("\n\n");
		}
	}

	private static String paragraphs(String text) {
		var html = new StringBuilder();
		for (var paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>")
				.append(org.jsoup.nodes.Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
				.append("</p>");
		}
		return html.toString();
	}

}

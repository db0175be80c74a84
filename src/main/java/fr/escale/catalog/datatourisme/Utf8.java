package fr.escale.catalog.datatourisme;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/** DATAtourisme exports are UTF-8; anything else would be imported as garbled names. */
final class Utf8 {

	private Utf8() {
	}

	/** A message naming the first byte that is not UTF-8, or {@code null} when all is well. */
	static String firstProblem(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return "not valid UTF-8 text: malformed byte sequence at byte " + in.position();
			}
			if (result.isUnderflow()) {
				break;
			}
			out.clear();
		}
		try {
			out.clear();
			CoderResult result = decoder.flush(out);
			if (result.isError()) {
				result.throwException();
			}
		}
		catch (CharacterCodingException ex) {
			return "not valid UTF-8 text: truncated at the end";
		}
		return null;
	}

}

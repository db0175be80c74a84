package fr.escale.catalog.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The few fields a result line shows, packed in one small stored value so that a hit is answered
 * without reading descriptions or calling the database.
 */
record DisplayFields(UUID id, Map<String, String> names, List<String> types, String communeCode,
		String communeName, Double latitude, Double longitude) {

	static DisplayFields of(SearchDocument offer) {
		return new DisplayFields(offer.id(), offer.names(), offer.types(), offer.communeCode(), offer.communeName(),
				offer.latitude(), offer.longitude());
	}

	/** The name in the asked language, else French, else English, else any. */
	String name(String lang) {
		return nameIn(this.names, lang);
	}

	static String nameIn(Map<String, String> names, String lang) {
		String name = names.get(lang);
		if (name == null) {
			name = names.get("fr");
		}
		if (name == null) {
			name = names.get("en");
		}
		if (name == null) {
			name = names.values().stream().sorted().findFirst().orElse("");
		}
		return name;
	}

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(this.id.getMostSignificantBits());
			out.writeLong(this.id.getLeastSignificantBits());
			out.writeByte(this.names.size());
			for (Map.Entry<String, String> name : this.names.entrySet()) {
				out.writeUTF(name.getKey());
				out.writeUTF(name.getValue());
			}
			out.writeByte(this.types.size());
			for (String type : this.types) {
				out.writeUTF(type);
			}
			out.writeUTF(this.communeCode == null ? "" : this.communeCode);
			out.writeUTF(this.communeName == null ? "" : this.communeName);
			out.writeBoolean(this.latitude != null);
			if (this.latitude != null) {
				out.writeDouble(this.latitude);
				out.writeDouble(this.longitude);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static DisplayFields decode(byte[] bytes, int offset, int length) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
			UUID id = new UUID(in.readLong(), in.readLong());
			int nameCount = in.readUnsignedByte();
			Map<String, String> names = new LinkedHashMap<>();
			for (int i = 0; i < nameCount; i++) {
				names.put(in.readUTF(), in.readUTF());
			}
			int typeCount = in.readUnsignedByte();
			List<String> types = new ArrayList<>(typeCount);
			for (int i = 0; i < typeCount; i++) {
				types.add(in.readUTF());
			}
			String communeCode = in.readUTF();
			String communeName = in.readUTF();
			Double latitude = null;
			Double longitude = null;
			if (in.readBoolean()) {
				latitude = in.readDouble();
				longitude = in.readDouble();
			}
			return new DisplayFields(id, names, List.copyOf(types), communeCode.isEmpty() ? null : communeCode,
					communeName.isEmpty() ? null : communeName, latitude, longitude);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package fr.escale.catalog.datatourisme;

/**
 * Bounds on what an import may read, so that a hostile or broken archive ends in a clear
 * rejection instead of filling the memory or the disk.
 *
 * @param maxEntryBytes the largest object, uncompressed
 * @param maxTotalBytes the most an export may unpack to in all
 * @param maxCompressionRatio beyond this ratio a big entry is taken for a ZIP bomb
 * @param ratioCheckBytes from this uncompressed size on, an entry's ratio is watched (small
 *        entries of repetitive JSON legitimately compress very well)
 */
public record ExportLimits(long maxEntryBytes, long maxTotalBytes, long maxCompressionRatio, long ratioCheckBytes) {

	// A whole département in the current format (objects of 150-700 KB) unpacks to several GB; a
	// bomb is caught by its ratio long before this total.
	public static final ExportLimits DEFAULT = new ExportLimits(5L * 1024 * 1024, 64L * 1024 * 1024 * 1024, 100,
			1024 * 1024);

}

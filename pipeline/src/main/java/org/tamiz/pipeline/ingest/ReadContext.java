package org.tamiz.pipeline.ingest;

import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a reader needs to make records: the file, the configuration, and the locator prefix of the archive entry
 * being read (empty at top level). Makes every record's identity columns the same way.
 */
final class ReadContext {
  final InputFile file;
  final TamizConfig config;
  /** "ENTRY!" when reading inside an archive entry, else "". */
  final String locatorPrefix;
  /** Archive nesting depth: 0 for the file itself; archives are opened up to depth 1 (nested once). */
  final int depth;

  ReadContext(InputFile file, TamizConfig config, String locatorPrefix, int depth) {
    this.file = file;
    this.config = config;
    this.locatorPrefix = locatorPrefix;
    this.depth = depth;
  }

  ReadContext entry(String entryName) {
    return new ReadContext(file, config, locatorPrefix + entryName + "!", depth + 1);
  }

  /** A record with its id, source_file, source_locator and source_format set. */
  DocumentRecord newRecord(String locator, ContentFormat format) {
    String fullLocator = locatorPrefix.isEmpty() ? locator
        : (locator.isEmpty() ? locatorPrefix.substring(0, locatorPrefix.length() - 1) : locatorPrefix + locator);
    return new DocumentRecord()
        .set(DocumentSchema.ID, stableId(file.name(), fullLocator))
        .set(DocumentSchema.SOURCE_FILE, file.name())
        .set(DocumentSchema.SOURCE_LOCATOR, fullLocator)
        .set(DocumentSchema.SOURCE_FORMAT, format == null ? null : format.code());
  }

  /** A rejected record that carries no text: what failed, where. */
  DocumentRecord rejected(String locator, ContentFormat format, String reason, String detail) {
    DocumentRecord r = newRecord(locator, format);
    String where = file.name() + (r.getString(DocumentSchema.SOURCE_LOCATOR).isEmpty() ? "" : " at " + r.getString(DocumentSchema.SOURCE_LOCATOR));
    return r.reject(reason, where + ": " + detail);
  }

  /**
   * A stable id from where the record is: the same file name and position always give the same id, whatever
   * the partitioning, machine or mount point. 128 bits of SHA-256, hex.
   */
  static String stableId(String sourceName, String locator) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(sourceName.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(locator.getBytes(StandardCharsets.UTF_8));
      byte[] d = md.digest();
      StringBuilder sb = new StringBuilder(32);
      for (int i = 0; i < 16; i++) sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

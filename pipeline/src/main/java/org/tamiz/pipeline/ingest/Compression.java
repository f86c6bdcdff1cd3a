package org.tamiz.pipeline.ingest;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Stream compressions Tamiz reads, found from magic bytes first and the file name second. */
public enum Compression {
  NONE(""), GZIP(".gz"), BZIP2(".bz2"), XZ(".xz"), ZSTD(".zst");

  private final String suffix;

  Compression(String suffix) {
    this.suffix = suffix;
  }

  public static Compression fromMagic(byte[] head, int n) {
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return GZIP;
    if (n >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') return BZIP2;
    if (n >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X' && head[4] == 'Z'
        && head[5] == 0) return XZ;
    if (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) return ZSTD;
    return NONE;
  }

  /** The name with this compression's suffix removed (also .tgz → .tar, .zstd). */
  public static String stripSuffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".tgz")) return name.substring(0, name.length() - 4) + ".tar";
    for (String s : new String[] {".gz", ".bz2", ".xz", ".zst", ".zstd"}) {
      if (lower.endsWith(s)) return name.substring(0, name.length() - s.length());
    }
    return name;
  }

  /**
   * Opens a decompressing stream. Gzip and bzip2 read concatenated members (multi-member gzip is common in
   * web archives). Decompressors read straight from {@code in}, with no BufferedInputStream on top, so records
   * decoded before a truncation are still delivered (REFERENCE.md §8).
   */
  public InputStream open(InputStream in) throws IOException {
    switch (this) {
      case GZIP:
        return GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
      case BZIP2:
        return new BZip2CompressorInputStream(in, true);
      case XZ:
        return new XZCompressorInputStream(in, true);
      case ZSTD:
        return new ZstdCompressorInputStream(in);
      default:
        return in;
    }
  }

  public String suffix() {
    return suffix;
  }
}

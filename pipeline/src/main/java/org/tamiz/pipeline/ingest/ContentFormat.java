package org.tamiz.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a (decompressed) byte stream holds, from its name and its first bytes. */
public enum ContentFormat {
  WARC, ARC, WET, JSONL, TXT, PARQUET, TAR, ZIP, SEVEN_Z, HTML, UNKNOWN;

  public boolean isArchive() {
    return this == TAR || this == ZIP || this == SEVEN_Z;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Magic bytes win over the name when they are unambiguous (a WARC named .txt is still a WARC); otherwise the
   * name decides, and a stream without a recognised name or magic is UNKNOWN.
   */
  public static ContentFormat detect(String nameWithoutCompression, byte[] head, int n) {
    String lower = nameWithoutCompression.toLowerCase(Locale.ROOT);
    if (n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') return PARQUET;
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return ZIP;
    if (n >= 6 && head[0] == '7' && head[1] == 'z' && (head[2] & 0xff) == 0xbc && (head[3] & 0xff) == 0xaf) return SEVEN_Z;
    if (n >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a' && head[261] == 'r') return TAR;
    String start = new String(head, 0, Math.min(n, 64), StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/")) {
      if (lower.endsWith(".wet") || lower.contains(".wet.") || start.contains("conversion") || lower.endsWith(".warc.wet")) return WET;
      return WARC;
    }
    if (start.startsWith("filedesc://")) return ARC;
    if (lower.endsWith(".tar")) return TAR;
    if (lower.endsWith(".zip")) return ZIP;
    if (lower.endsWith(".7z")) return SEVEN_Z;
    if (lower.endsWith(".parquet")) return PARQUET;
    if (lower.endsWith(".wet")) return WET;
    if (lower.endsWith(".warc")) return WARC;
    if (lower.endsWith(".arc")) return ARC;
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return JSONL;
    if (lower.endsWith(".txt") || lower.endsWith(".text")) return TXT;
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return HTML;
    return UNKNOWN;
  }
}

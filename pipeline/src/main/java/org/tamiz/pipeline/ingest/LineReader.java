package org.tamiz.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines as bytes, keeping at most {@code maxLineBytes} of a line: longer lines are
 * consumed to their end and reported as oversized, so one huge line never fills the heap. Decoding is left to
 * the caller, which counts invalid UTF-8 per line. Written by hand because java.io's readers decode (and
 * hide invalid bytes) and have no length limit.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineBytesSeen;
  private boolean eof;
  private long lineNumber;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    lineLength = 0;
    lineBytesSeen = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        if (eof) return any;
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          if (any) lineNumber++;
          return any;
        }
        pos = 0;
        limit = n;
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') pos++;
      append(start, pos - start);
      if (pos < limit) {
        pos++; // the newline
        lineNumber++;
        return true;
      }
    }
  }

  private void append(int start, int n) {
    lineBytesSeen += n;
    int keep = (int) Math.min(n, Math.max(0, maxLineBytes - lineLength));
    if (keep <= 0) return;
    if (lineLength + keep > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + keep));
    }
    System.arraycopy(buf, start, line, lineLength, keep);
    lineLength += keep;
  }

  byte[] bytes() {
    return line;
  }

  /** Length of the kept bytes, without a trailing '\r'. */
  int length() {
    return lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
  }

  boolean oversized() {
    return lineBytesSeen > maxLineBytes;
  }

  long bytesSeen() {
    return lineBytesSeen;
  }

  /** 1-based number of the line just read. */
  long lineNumber() {
    return lineNumber;
  }
}

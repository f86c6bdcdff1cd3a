package org.tamiz.pipeline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts decompressed bytes and stops a decompression bomb: more than {@code maxBytes} in all, or a
 * decompressed/compressed ratio above {@code maxRatio} once {@code ratioMinBytes} have come out.
 */
final class GuardedInputStream extends FilterInputStream {
  private final long maxBytes;
  private final double maxRatio;
  private final long ratioMinBytes;
  private final LongSupplier compressedBytes;
  private long count;

  GuardedInputStream(InputStream in, long maxBytes, double maxRatio, long ratioMinBytes, LongSupplier compressedBytes) {
    super(in);
    this.maxBytes = maxBytes;
    this.maxRatio = maxRatio;
    this.ratioMinBytes = ratioMinBytes;
    this.compressedBytes = compressedBytes;
  }

  long count() {
    return count;
  }

  private void check() throws InputLimitException {
    if (count > maxBytes) {
      throw new InputLimitException("decompression_bomb",
          "decompressed size exceeds limits.max_decompressed_bytes_per_file=" + maxBytes);
    }
    if (count >= ratioMinBytes) {
      long c = Math.max(1, compressedBytes.getAsLong());
      double ratio = (double) count / c;
      if (ratio > maxRatio) {
        throw new InputLimitException("decompression_bomb", String.format(java.util.Locale.ROOT,
            "compression ratio %.0f after %d bytes exceeds limits.max_compression_ratio=%.0f", ratio, count, maxRatio));
      }
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
      check();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count += n;
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) break;
      done += r;
    }
    return done;
  }
}

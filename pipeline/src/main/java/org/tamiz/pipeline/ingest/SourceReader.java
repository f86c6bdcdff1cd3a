package org.tamiz.pipeline.ingest;

import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.html.HtmlDocumentParser;
import org.tamiz.pipeline.schema.DocumentRecord;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads one input file into records, whatever its format, compression and archive nesting. This is the
 * only entry point the Spark job uses. Failures never escape: a record that cannot be read becomes a rejected
 * row naming file and position, and reading goes on where the format allows.
 */
public final class SourceReader {
  private static final int HEAD = 512;
  private final TamizConfig config;
  private final HtmlDocumentParser html;

  public SourceReader(TamizConfig config) {
    this.config = config;
    this.html = HtmlDocumentParser.withDefaults();
  }

  /** Every record of {@code file}, lazily; the iterator closes the file when it is exhausted. */
  public Iterator<DocumentRecord> read(InputFile file) {
    ReadContext ctx = new ReadContext(file, config, "", 0);
    RecordIterator inner;
    try {
      InputStream raw = Files.newInputStream(Paths.get(file.path()));
      inner = open(ctx, file.name(), raw, true);
    } catch (IOException | RuntimeException e) {
      return java.util.List.of(failure(ctx, "", e)).iterator();
    }
    return new Guarded(ctx, inner);
  }

  /**
   * Opens a source: detects compression from magic bytes, decompresses with the safety limits, detects the
   * content format from the name and first bytes, and picks the reader.
   */
  RecordIterator open(ReadContext ctx, String name, InputStream rawIn, boolean topLevel) throws IOException {
    CountingInputStream raw = new CountingInputStream(rawIn);
    PushbackInputStream peekRaw = new PushbackInputStream(raw, HEAD);
    byte[] head = new byte[HEAD];
    int n = peekRaw.readNBytes(head, 0, HEAD);
    peekRaw.unread(head, 0, n);
    Compression compression = Compression.fromMagic(head, n);
    // The name without its compression suffix says the inner format, even when the bytes are not compressed
    // ("x.jsonl.gz" holding plain JSON Lines): the bytes decide the compression, the name the format.
    String inner = Compression.stripSuffix(name);
    InputStream decompressed = compression.open(peekRaw);
    GuardedInputStream guarded = new GuardedInputStream(decompressed, config.limits.maxDecompressedBytesPerFile,
        compression == Compression.NONE ? Double.MAX_VALUE : config.limits.maxCompressionRatio,
        config.limits.compressionRatioMinBytes, raw::count);
    PushbackInputStream peek = new PushbackInputStream(guarded, HEAD);
    int m = peek.readNBytes(head, 0, HEAD);
    peek.unread(head, 0, m);
    ContentFormat format = ContentFormat.detect(inner, head, m);
    if (m == 0) {
      peek.close();
      return single(ctx.rejected("", format == ContentFormat.UNKNOWN ? null : format, "malformed", "empty file"));
    }
    switch (format) {
      case WARC:
      case WET:
      case ARC:
        if (topLevel && (compression == Compression.GZIP || compression == Compression.NONE)) {
          // jwarc reads per-record gzip itself and then reports the compressed offsets that CDX indexes use.
          peek.close();
          InputStream again = Files.newInputStream(Paths.get(ctx.file.path()));
          return WarcRecordReader.open(ctx, new BufferedInputStream(again, 1 << 16), format, html);
        }
        return WarcRecordReader.open(ctx, peek, format, html);
      case JSONL:
        return new JsonLinesReader(ctx, peek);
      case TXT:
      case HTML:
        return new SingleDocumentReader(ctx, peek, format, html);
      case TAR:
      case ZIP:
      case SEVEN_Z:
        if (ctx.depth > 1) {
          peek.close();
          return single(ctx.rejected("", format, "unsupported_format", "archive nested more than once"));
        }
        if (format == ContentFormat.SEVEN_Z) return ArchiveReader.sevenZ(ctx, peek, topLevel && compression == Compression.NONE, this);
        return ArchiveReader.stream(ctx, peek, format, this);
      case PARQUET:
        peek.close();
        if (topLevel) throw new IllegalStateException("Parquet files are read by Spark, not by SourceReader");
        return single(ctx.rejected("", format, "unsupported_format", "Parquet inside an archive is not read"));
      default:
        peek.close();
        return single(ctx.rejected("", null, "unsupported_format", "unrecognised format (name and first bytes)"));
    }
  }

  /** The row that reports a failure at {@code locator}: reason from the exception, message naming the place. */
  DocumentRecord failure(ReadContext ctx, String locator, Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String reason = "malformed";
    String what;
    if (cause instanceof InputLimitException limit) {
      reason = limit.reason();
      what = limit.getMessage();
    } else if (cause instanceof EOFException) {
      what = "truncated input (unexpected end of stream)" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    } else {
      what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
    if (what.length() > 1000) what = what.substring(0, 1000) + "...";
    return ctx.rejected(locator, null, reason, what);
  }

  private static RecordIterator single(DocumentRecord r) {
    return new RecordIterator() {
      private boolean done;

      @Override
      protected DocumentRecord computeNext() {
        if (done) return null;
        done = true;
        return r;
      }

      @Override
      protected String locator() {
        return "";
      }
    };
  }

  /**
   * The safety net around a whole file: the first exception becomes one rejected row naming the place, and the
   * file ends there (a corrupt stream cannot be resynchronised); the file is always closed.
   */
  private final class Guarded implements Iterator<DocumentRecord> {
    private final ReadContext ctx;
    private final RecordIterator inner;
    private DocumentRecord pending;
    private boolean finished;

    Guarded(ReadContext ctx, RecordIterator inner) {
      this.ctx = ctx;
      this.inner = inner;
    }

    @Override
    public boolean hasNext() {
      if (pending != null) return true;
      if (finished) return false;
      try {
        if (inner.hasNext()) {
          pending = inner.next();
          return true;
        }
      } catch (RuntimeException | Error e) {
        if (e instanceof OutOfMemoryError) throw e;
        String where = inner.locator();
        pending = failure(ctx, where, e);
      }
      finished = true;
      try {
        inner.close();
      } catch (IOException | RuntimeException ignored) {
        // The file was read as far as it could be; a failing close changes no record.
      }
      return pending != null;
    }

    @Override
    public DocumentRecord next() {
      if (!hasNext()) throw new NoSuchElementException();
      DocumentRecord r = pending;
      pending = null;
      return r;
    }
  }
}

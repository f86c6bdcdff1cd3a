package org.tamiz.pipeline.ingest;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.tamiz.pipeline.schema.DocumentRecord;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Paths;

/**
 * tar, zip and 7z archives: each regular entry is read as its own source (its format from its name and first
 * bytes), archives inside archives are opened once more, and entries that could escape a directory (absolute
 * paths, "..", links) are never followed and are reported as rejected rows. Nothing is extracted to disk.
 */
final class ArchiveReader extends RecordIterator {
  /** The next entry of an archive, with a stream for its content. */
  private interface Entries {
    ArchiveEntry next() throws IOException;

    InputStream content() throws IOException;

    void close() throws IOException;
  }

  private final ReadContext ctx;
  private final Entries entries;
  private final SourceReader sources;
  private RecordIterator current;
  private String currentName = "";
  private long entryCount;

  private ArchiveReader(ReadContext ctx, Entries entries, SourceReader sources) {
    this.ctx = ctx;
    this.entries = entries;
    this.sources = sources;
  }

  static ArchiveReader stream(ReadContext ctx, InputStream in, ContentFormat format, SourceReader sources) throws IOException {
    ArchiveInputStream<?> ais = format == ContentFormat.TAR ? new TarArchiveInputStream(in)
        : new ZipArchiveInputStream(in, "UTF-8", true, true);
    return new ArchiveReader(ctx, new Entries() {
      @Override
      public ArchiveEntry next() throws IOException {
        return ais.getNextEntry();
      }

      @Override
      public InputStream content() {
        return new FilterInputStream(ais) {
          @Override
          public void close() {} // the archive stream stays open for the next entry
        };
      }

      @Override
      public void close() throws IOException {
        ais.close();
      }
    }, sources);
  }

  /** 7z needs random access: the file itself at top level, or the entry's bytes when nested (size-limited). */
  static ArchiveReader sevenZ(ReadContext ctx, InputStream in, boolean topLevel, SourceReader sources) throws IOException {
    SevenZFile z;
    if (topLevel) {
      z = SevenZFile.builder().setPath(Paths.get(ctx.file.path())).get();
    } else {
      byte[] bytes = WarcRecordReader.readLimited(in, ctx.config.limits.maxDocumentBytes * 4);
      if (bytes == null) throw new InputLimitException("oversized", "nested 7z archive larger than 4 x limits.max_document_bytes");
      z = SevenZFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    }
    return new ArchiveReader(ctx, new Entries() {
      private SevenZArchiveEntry entry;

      @Override
      public ArchiveEntry next() throws IOException {
        entry = z.getNextEntry();
        return entry;
      }

      @Override
      public InputStream content() throws IOException {
        return new FilterInputStream(z.getInputStream(entry)) {
          @Override
          public void close() {}
        };
      }

      @Override
      public void close() throws IOException {
        z.close();
      }
    }, sources);
  }

  @Override
  protected String locator() {
    return currentName.isEmpty() ? "archive" : currentName;
  }

  @Override
  protected DocumentRecord computeNext() throws IOException {
    while (true) {
      if (current != null) {
        try {
          if (current.hasNext()) return current.next();
        } catch (UncheckedIOException e) {
          // A broken entry: report it, then go on with the next entry (the archive itself may be fine).
          RecordIterator failed = current;
          current = null;
          return sources.failure(ctx.entry(currentName), failed.locator(), e.getCause());
        } catch (RuntimeException e) {
          RecordIterator failed = current;
          current = null;
          return sources.failure(ctx.entry(currentName), failed.locator(), e);
        }
        current.close();
        current = null;
      }
      ArchiveEntry e = entries.next();
      if (e == null) return null;
      if (++entryCount > ctx.config.limits.maxArchiveEntries) {
        throw new InputLimitException("archive_limit", "more than limits.max_archive_entries=" + ctx.config.limits.maxArchiveEntries + " entries");
      }
      currentName = e.getName();
      if (e.isDirectory()) continue;
      String unsafe = unsafeReason(e);
      if (unsafe != null) {
        return ctx.rejected(sanitize(currentName), null, "unsafe_archive_entry", unsafe + ": " + sanitize(currentName));
      }
      current = sources.open(ctx.entry(currentName), currentName, entries.content(), false);
    }
  }

  private static String unsafeReason(ArchiveEntry e) {
    String name = e.getName().replace('\\', '/');
    if (e instanceof TarArchiveEntry t && (t.isSymbolicLink() || t.isLink())) return "link entry (" + t.getLinkName() + ") not followed";
    if (e instanceof ZipArchiveEntry z && z.isUnixSymlink()) return "symbolic link entry not followed";
    if (e instanceof TarArchiveEntry t && !t.isFile()) return "special file entry (device, fifo) not read";
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) return "absolute path";
    for (String part : name.split("/")) if (part.equals("..")) return "path with ..";
    return null;
  }

  /** Entry names go into messages: keep them printable and short. */
  private static String sanitize(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  @Override
  public void close() throws IOException {
    if (current != null) current.close();
    entries.close();
  }
}

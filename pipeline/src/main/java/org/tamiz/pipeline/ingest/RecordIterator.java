package org.tamiz.pipeline.ingest;

import org.tamiz.pipeline.schema.DocumentRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy stream of records read from one source: {@link #computeNext()} reads just enough input for the next
 * record, so no reader ever holds a whole file in memory.
 */
abstract class RecordIterator implements Iterator<DocumentRecord>, Closeable {
  private DocumentRecord next;
  private boolean done;

  /** The next record, or null at the end. */
  protected abstract DocumentRecord computeNext() throws IOException;

  /** Where the reader is now, for messages about a failure. */
  protected abstract String locator();

  @Override
  public final boolean hasNext() {
    if (next != null) return true;
    if (done) return false;
    try {
      next = computeNext();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (next == null) done = true;
    return next != null;
  }

  @Override
  public final DocumentRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    DocumentRecord r = next;
    next = null;
    return r;
  }

  @Override
  public void close() throws IOException {}
}

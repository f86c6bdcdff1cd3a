package org.tamiz.pipeline.ingest;

import org.tamiz.pipeline.html.HtmlDocumentParser;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.io.InputStream;

/** A whole stream as one document: a .txt file (UTF-8), or an .html page found inside an archive. */
final class SingleDocumentReader extends RecordIterator {
  private final ReadContext ctx;
  private final InputStream in;
  private final ContentFormat format;
  private final HtmlDocumentParser html;
  private boolean done;

  SingleDocumentReader(ReadContext ctx, InputStream in, ContentFormat format, HtmlDocumentParser html) {
    this.ctx = ctx;
    this.in = in;
    this.format = format;
    this.html = html;
  }

  @Override
  protected String locator() {
    return "";
  }

  @Override
  protected DocumentRecord computeNext() throws IOException {
    if (done) return null;
    done = true;
    long max = ctx.config.limits.maxDocumentBytes;
    byte[] body = WarcRecordReader.readLimited(in, max);
    if (body == null) {
      long total = max + 1 + in.transferTo(java.io.OutputStream.nullOutputStream());
      return ctx.rejected("", format, "oversized",
          "document of " + total + " bytes exceeds limits.max_document_bytes=" + max);
    }
    DocumentRecord r = ctx.newRecord("", format);
    if (format == ContentFormat.HTML) {
      return WarcRecordReader.fromHtml(r, html, body, null, null, r.getString(DocumentSchema.SOURCE_LOCATOR), ctx);
    }
    if (TextDecoding.looksBinary(body, 0, body.length)) {
      return ctx.rejected("", format, "malformed", "binary content (NUL bytes) where UTF-8 text was expected");
    }
    TextDecoding.Decoded d = TextDecoding.utf8(body, 0, body.length);
    r.set(DocumentSchema.TEXT, d.text());
    r.set(DocumentSchema.INVALID_UTF8_REPAIRED, d.repaired());
    if (d.text().isBlank()) r.reject("empty_text", "empty text file");
    return r;
  }
}

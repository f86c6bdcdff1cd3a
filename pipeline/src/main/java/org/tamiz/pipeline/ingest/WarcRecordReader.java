package org.tamiz.pipeline.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.tamiz.pipeline.html.HtmlDocumentParser;
import org.tamiz.pipeline.html.LinkTag;
import org.tamiz.pipeline.html.MetaTag;
import org.tamiz.pipeline.html.ParsedHtml;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * WARC, ARC and WET through jwarc. Every record becomes one row: HTML responses with status 200 become
 * documents (main text extracted by {@link HtmlDocumentParser}), WET conversions become documents, robots.txt
 * and tdmrep.json responses are kept as {@code site_file} rows for the licence stage, and everything else
 * (requests, warcinfo, metadata, revisits, non-HTML or non-200 responses) is counted as a rejected row without
 * text, so the counts add up to the records in the file.
 */
final class WarcRecordReader extends RecordIterator {
  /** HTTP headers the licence and opt-out stages read. */
  static final List<String> KEPT_HEADERS = List.of("content-type", "x-robots-tag", "tdm-reservation", "tdm-policy",
      "content-usage", "content-signal", "link", "last-modified", "content-language");
  private static final int MAX_SITE_FILE_BYTES = 512 * 1024;

  private final ReadContext ctx;
  private final WarcReader reader;
  private final ContentFormat containerFormat;
  private final HtmlDocumentParser html;
  private long lastPosition = -1;
  private int samePosition;
  private String where = "start of file";

  WarcRecordReader(ReadContext ctx, WarcReader reader, ContentFormat containerFormat, HtmlDocumentParser html) {
    this.ctx = ctx;
    this.reader = reader;
    this.containerFormat = containerFormat;
    this.html = html;
    // Real crawls have small header deviations; read them rather than lose the record.
    reader.setLenient(true);
  }

  static WarcRecordReader open(ReadContext ctx, InputStream in, ContentFormat format, HtmlDocumentParser html) throws IOException {
    return new WarcRecordReader(ctx, new WarcReader(in), format, html);
  }

  @Override
  protected String locator() {
    // The record that failed is the one after the last one read.
    return lastPosition < 0 ? where : "after " + where;
  }

  @Override
  protected DocumentRecord computeNext() throws IOException {
    Optional<WarcRecord> next = reader.next();
    if (next.isEmpty()) return null;
    WarcRecord rec = next.get();
    long pos = rec.position();
    // A WARC compressed as one gzip member reports the same offset for every record: number them.
    samePosition = pos == lastPosition ? samePosition + 1 : 0;
    lastPosition = pos;
    String loc = (containerFormat == ContentFormat.ARC ? "arc@" : "warc@") + pos + (samePosition > 0 ? "+" + samePosition : "");
    where = loc;
    ContentFormat fmt = containerFormat == ContentFormat.ARC ? ContentFormat.ARC : ContentFormat.WARC;
    if (rec instanceof WarcConversion conv) return conversion(loc, conv);
    if (rec instanceof WarcResponse resp) return response(loc, resp, fmt);
    DocumentRecord r = ctx.newRecord(loc, fmt);
    common(r, rec);
    return r.reject("not_a_document", "WARC " + rec.type() + " record");
  }

  private void common(DocumentRecord r, WarcRecord rec) {
    r.set(DocumentSchema.WARC_RECORD_ID, rec.headers().first("WARC-Record-ID").orElse(null));
    r.set(DocumentSchema.WARC_DATE, rec.headers().first("WARC-Date").orElse(null));
    if (rec instanceof WarcTargetRecord t) r.set(DocumentSchema.URL, t.target());
  }

  private DocumentRecord conversion(String loc, WarcConversion conv) throws IOException {
    DocumentRecord r = ctx.newRecord(loc, ContentFormat.WET);
    common(r, conv);
    byte[] body = readLimited(conv.body().stream(), ctx.config.limits.maxDocumentBytes);
    if (body == null) return r.reject("oversized", detail(loc, "conversion record larger than limits.max_document_bytes"));
    TextDecoding.Decoded d = TextDecoding.utf8(body, 0, body.length);
    r.set(DocumentSchema.TEXT, d.text());
    r.set(DocumentSchema.INVALID_UTF8_REPAIRED, d.repaired());
    Map<String, String> meta = new TreeMap<>();
    conv.headers().first("WARC-Identified-Content-Language").ifPresent(v -> meta.put("warc_identified_content_language", v));
    conv.headers().first("WARC-Refers-To").ifPresent(v -> meta.put("warc_refers_to", v));
    if (!meta.isEmpty()) r.set(DocumentSchema.METADATA, SparkValues.stringMap(meta));
    if (d.text().isBlank()) r.reject("empty_text", detail(loc, "empty conversion record"));
    return r;
  }

  private DocumentRecord response(String loc, WarcResponse resp, ContentFormat fmt) throws IOException {
    DocumentRecord r = ctx.newRecord(loc, fmt);
    common(r, resp);
    HttpResponse http;
    try {
      http = resp.http();
    } catch (IOException | RuntimeException e) {
      return r.reject("malformed", detail(loc, "unparseable HTTP response: " + e.getMessage()));
    }
    int status = http.status();
    r.set(DocumentSchema.HTTP_STATUS, status);
    MessageHeaders headers = http.headers();
    String contentType = headers.first("Content-Type").orElse(null);
    r.set(DocumentSchema.CONTENT_TYPE, contentType);
    Map<String, String> kept = new TreeMap<>();
    for (String h : KEPT_HEADERS) {
      List<String> all = headers.all(h);
      if (!all.isEmpty()) kept.put(h, String.join(", ", all));
    }
    if (!kept.isEmpty()) r.set(DocumentSchema.HTTP_HEADERS, SparkValues.stringMap(kept));

    String path = pathOf(resp.target());
    boolean siteFile = status == 200 && (path.equals("/robots.txt") || path.equals("/.well-known/tdmrep.json"));
    if (siteFile) {
      byte[] body = readLimited(http.bodyDecoded().stream(), MAX_SITE_FILE_BYTES);
      if (body == null) return r.reject("oversized", detail(loc, path + " larger than " + MAX_SITE_FILE_BYTES + " bytes"));
      TextDecoding.Decoded d = TextDecoding.utf8(body, 0, body.length);
      r.set(DocumentSchema.TEXT, d.text());
      return r.reject("site_file", path);
    }
    if (status != 200) return r.reject("unsupported_content", "HTTP status " + status);
    String mime = contentType == null ? "" : baseType(contentType);
    if (!ctx.config.input.htmlContentTypes.contains(mime)) {
      return r.reject("unsupported_content", "content type " + (contentType == null ? "missing" : contentType));
    }
    byte[] body;
    try {
      body = readLimited(http.bodyDecoded().stream(), ctx.config.limits.maxDocumentBytes);
    } catch (IOException e) {
      return r.reject("malformed", detail(loc, "unreadable HTTP body: " + e.getMessage()));
    }
    if (body == null) {
      return r.reject("oversized", detail(loc, "HTML larger than limits.max_document_bytes=" + ctx.config.limits.maxDocumentBytes));
    }
    return fromHtml(r, html, body, contentType, r.getString(DocumentSchema.URL), loc, ctx);
  }

  /** Fills a record from an HTML page: text and the metadata columns later stages need (never the raw HTML). */
  static DocumentRecord fromHtml(DocumentRecord r, HtmlDocumentParser html, byte[] body, String contentType, String url,
                                 String loc, ReadContext ctx) {
    if (TextDecoding.looksBinary(body, 0, body.length)) {
      return r.reject("malformed", ctx.file.name() + " at " + loc + ": binary content where HTML was expected");
    }
    ParsedHtml page = html.parse(body, contentType, url);
    r.set(DocumentSchema.TEXT, page.text());
    r.set(DocumentSchema.HTML_TITLE, page.title());
    r.set(DocumentSchema.HTML_LANG, page.htmlLang());
    List<org.apache.spark.sql.Row> meta = new ArrayList<>(page.meta().size());
    for (MetaTag m : page.meta()) meta.add(org.apache.spark.sql.RowFactory.create(m.name(), m.content()));
    r.set(DocumentSchema.HTML_META, SparkValues.seq(meta));
    List<org.apache.spark.sql.Row> links = new ArrayList<>(page.links().size());
    for (LinkTag l : page.links()) links.add(org.apache.spark.sql.RowFactory.create(l.tag(), l.rel(), l.href(), l.text(), l.region()));
    r.set(DocumentSchema.HTML_LINKS, SparkValues.seq(links));
    r.set(DocumentSchema.HTML_JSONLD, SparkValues.seq(page.jsonLd()));
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    if (page.charsetDeclaredWrong()) counts.put("charset_declared_wrong", 1);
    if (page.fallbackUsed()) counts.put("extraction_fallback", 1);
    if (!counts.isEmpty()) r.set(DocumentSchema.NORMALISATION, SparkValues.stringMap(counts));
    if (page.text().isBlank()) r.reject("empty_text", "no main text in the HTML");
    return r;
  }

  private String detail(String loc, String what) {
    return ctx.file.name() + " at " + loc + ": " + what;
  }

  private static String baseType(String contentType) {
    try {
      return MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
    } catch (RuntimeException e) {
      int semi = contentType.indexOf(';');
      return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
  }

  private static String pathOf(String target) {
    if (target == null) return "";
    try {
      String p = URI.create(target.trim()).getPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Reads at most {@code max} bytes; null when there were more (the rest is left for jwarc to skip). */
  static byte[] readLimited(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] b = in.readNBytes(cap);
    if (b.length == cap && in.read() >= 0) return null;
    return b;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

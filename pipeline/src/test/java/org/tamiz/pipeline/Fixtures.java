package org.tamiz.pipeline;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds real input files for tests and the demo: WARCs written with jwarc's own writer, compressed streams and
 * archives written with commons-compress, from real sentences (demo-texts.tsv, written for Tamiz, CC0).
 */
public final class Fixtures {
  private Fixtures() {}

  public record Text(String lang, String title, String text) {}

  public static List<Text> texts() {
    List<Text> out = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("/org/tamiz/pipeline/demo-texts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        out.add(new Text(f[0], f[1], f[2].replace("\\n", "\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static Text text(String lang) {
    return texts().stream().filter(t -> t.lang().equals(lang)).findFirst().orElseThrow();
  }

  /** A web page around a text: navigation, a footer and a cookie notice that extraction must drop. */
  public static String html(Text t, String extraHead, String extraBody) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(t.title()).append("</title>").append(extraHead == null ? "" : extraHead)
        .append("<style>body{font-family:serif}</style><script>var tracking = 'javascript here';</script></head><body>")
        .append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav></header>")
        .append("<main><article><h1>").append(t.title()).append("</h1>");
    for (String p : t.text().split("\n")) sb.append("<p>").append(p).append("</p>");
    sb.append("</article></main>").append(extraBody == null ? "" : extraBody)
        .append("<footer><p>Copyright 2024 Example Media. All rights reserved.</p><div class=\"cookie-banner\">We use cookies to improve your experience.</div></footer></body></html>");
    return sb.toString();
  }

  public static Map<String, Object> jsonRecord(String id, String text, String url, String lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (id != null) m.put("id", id);
    m.put("text", text);
    if (url != null) m.put("url", url);
    if (lang != null) m.put("lang", lang);
    return m;
  }

  /** Writes WARC records with jwarc's writer (gzip per record when compressed, as crawlers do). */
  public static final class WarcBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private Instant date = Instant.parse("2025-03-01T10:00:00Z");

    public WarcBuilder(boolean gzip) {
      try {
        writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public WarcBuilder warcinfo() throws IOException {
      writer.write(new Warcinfo.Builder().date(date).fields(Map.of("software", List.of("tamiz-fixtures"))).build());
      return this;
    }

    public WarcBuilder response(String url, int status, String contentType, byte[] body, Map<String, String> headers) throws IOException {
      HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
          .body(MediaType.parse(contentType), body);
      if (headers != null) headers.forEach(http::addHeader);
      date = date.plusSeconds(60);
      WarcRequest req = new WarcRequest.Builder(URI.create(url)).date(date)
          .body(MediaType.HTTP_REQUEST, ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
          .build();
      writer.write(req);
      writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http.build()).build());
      return this;
    }

    public WarcBuilder html(String url, String html, Map<String, String> headers) throws IOException {
      return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), headers);
    }

    public WarcBuilder conversion(String url, String text) throws IOException {
      date = date.plusSeconds(60);
      writer.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", url).date(date)
          .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8)).build());
      return this;
    }

    public byte[] bytes() {
      return bytes.toByteArray();
    }

    public Path write(Path file) throws IOException {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes());
      return file;
    }
  }

  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream o = new GzipCompressorOutputStream(b)) {
      o.write(data);
    }
    return b.toByteArray();
  }

  public static byte[] compress(String codec, byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    OutputStream o;
    switch (codec) {
      case "gz": o = new GzipCompressorOutputStream(b); break;
      case "bz2": o = new BZip2CompressorOutputStream(b); break;
      case "xz": o = new XZCompressorOutputStream(b); break;
      case "zst": o = new ZstdCompressorOutputStream(b); break;
      default: throw new IllegalArgumentException(codec);
    }
    try (o) {
      o.write(data);
    }
    return b.toByteArray();
  }

  /** A tar (optionally gzip-compressed) with the given entries; a null value makes a symlink to "/etc/passwd". */
  public static byte[] tar(Map<String, byte[]> entries, boolean gzip) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    OutputStream out = gzip ? new GzipCompressorOutputStream(b) : b;
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getValue() == null) {
          TarArchiveEntry link = new TarArchiveEntry(e.getKey(), TarArchiveEntry.LF_SYMLINK);
          link.setLinkName("/etc/passwd");
          t.putArchiveEntry(link);
        } else {
          TarArchiveEntry te = new TarArchiveEntry(e.getKey(), true); // keep absolute names: tests need them
          te.setSize(e.getValue().length);
          te.setModTime(0);
          t.putArchiveEntry(te);
          t.write(e.getValue());
        }
        t.closeArchiveEntry();
      }
    }
    return b.toByteArray();
  }

  public static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(b)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipArchiveEntry ze = new ZipArchiveEntry(e.getKey());
        z.putArchiveEntry(ze);
        z.write(e.getValue());
        z.closeArchiveEntry();
      }
    }
    return b.toByteArray();
  }

  public static void sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
    try (SevenZOutputFile z = new SevenZOutputFile(file.toFile())) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        SevenZArchiveEntry se = new SevenZArchiveEntry();
        se.setName(e.getKey());
        se.setSize(e.getValue().length);
        z.putArchiveEntry(se);
        z.write(e.getValue());
        z.closeArchiveEntry();
      }
    }
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

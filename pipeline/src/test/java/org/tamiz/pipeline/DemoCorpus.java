package org.tamiz.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo corpus kept in demo/data/ (see demo/README.md): JSON Lines, a WARC, a WET file and a tar.gz of
 * .txt files, in many languages, with exact and near duplicates, opt-outs, a licence, personal data and broken
 * records. Rerun with: {@code ./demo/regenerate.sh}.
 */
public final class DemoCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoCorpus() {}

  public static void main(String[] args) throws IOException {
    write(Paths.get(args.length > 0 ? args[0] : "demo/data"));
  }

  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("web"));
    List<Fixtures.Text> texts = Fixtures.texts();
    // 1. JSON Lines: news articles with ids, URLs and declared languages.
    StringBuilder jsonl = new StringBuilder();
    for (Fixtures.Text t : texts) {
      jsonl.append(JSON.writeValueAsString(Fixtures.jsonRecord("news-" + t.lang(), t.text(), "https://news.example.org/" + t.lang() + "/1", t.lang()))).append('\n');
    }
    Fixtures.Text es = Fixtures.text("es");
    // An exact duplicate (other id, other spacing) and a near duplicate (a few words changed).
    jsonl.append(JSON.writeValueAsString(Fixtures.jsonRecord("news-es-copy", es.text().replace(". ", ".  "), "https://mirror.example.net/huerta", "es"))).append('\n');
    jsonl.append(JSON.writeValueAsString(Fixtures.jsonRecord("news-es-edited",
        es.text().replace("Cada primavera", "Todas las primaveras").replace("una azada vieja", "una azada antigua"),
        "https://blog.example.com/huerta", "es"))).append('\n');
    // Personal data to redact, and a page of contact details.
    Map<String, Object> contact = Fixtures.jsonRecord("news-ca-contact", Fixtures.text("ca").text()
        + "\nPer a més informació podeu escriure a montse.puig@example.cat o trucar al +34 612 345 678."
        + " Les donacions es poden fer al compte ES91 2100 0418 4502 0005 1332.", "https://news.example.org/ca/2", "ca");
    jsonl.append(JSON.writeValueAsString(contact)).append('\n');
    jsonl.append("{\"id\": \"news-broken\", \"text\": \"Este registro se cortó a mitad de\n");
    jsonl.append("{\"id\": \"news-no-text\", \"title\": \"Un registro sin texto\"}\n");
    Files.writeString(dir.resolve("news.jsonl"), jsonl);

    // 2. A WARC written with jwarc: pages with boilerplate, a licence, opt-outs, a 404, an image and robots.txt.
    new Fixtures.WarcBuilder(true).warcinfo()
        .html("https://www.example.gal/faro", Fixtures.html(Fixtures.text("gl"),
            "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">",
            "<p class=\"license\">Texto publicado baixo licenza <a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>.</p>"), null)
        .html("https://www.example.eus/txabola", Fixtures.html(Fixtures.text("eu"), null, null), null)
        .html("https://www.example.fr/boulanger", Fixtures.html(Fixtures.text("fr"),
            "<meta name=\"tdm-reservation\" content=\"1\">", null), null)
        .html("https://www.example.de/herbst", Fixtures.html(Fixtures.text("de"), "<meta name=\"robots\" content=\"noai, noimageai\">", null), null)
        .html("https://blocked.example.it/piazza", Fixtures.html(Fixtures.text("it"), null, null), null)
        .response("https://blocked.example.it/robots.txt", 200, "text/plain",
            Fixtures.utf8("User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), null)
        .response("https://www.example.fr/ancienne-page", 404, "text/html", Fixtures.utf8("<html><body>Introuvable</body></html>"), null)
        .response("https://www.example.fr/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, null)
        .write(dir.resolve("web/crawl.warc.gz"));

    // 3. WET: plain-text conversions, one of them a copy of a JSONL article.
    new Fixtures.WarcBuilder(true).warcinfo()
        .conversion("https://www.example.pt/feira", Fixtures.text("pt").text())
        .conversion("https://www.example.se/sommar", Fixtures.text("sv").text())
        .conversion("https://copy.example.org/bicycle", Fixtures.text("en").text())
        .write(dir.resolve("web/crawl.warc.wet.gz"));

    // 4. A tar.gz of .txt files, one per document, with one unsafe entry that is reported, never followed.
    Map<String, byte[]> txt = new LinkedHashMap<>();
    for (String l : List.of("pl", "cs", "ro", "el", "nl")) txt.put("books/" + l + ".txt", Fixtures.utf8(Fixtures.text(l).text()));
    txt.put("books/short.txt", Fixtures.utf8("Ok."));
    txt.put("../outside.txt", Fixtures.utf8("an entry that tries to leave the archive"));
    Files.write(dir.resolve("books.tar.gz"), Fixtures.tar(txt, true));
  }
}

package org.tamiz.pipeline.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML responses of WARC files into memory, for the extraction benchmark and the evaluation on real
 * pages. Not the pipeline's WARC reader (that one streams); this one is for a few megabytes of test data.
 */
public final class WarcHtmlPages {

    private WarcHtmlPages() {}

    /** One HTML response: URL, HTTP Content-Type, decoded body bytes. */
    public record Page(String url, String contentType, byte[] body) {}

    /** All responses with an HTML content type (or an HTML-looking body) in the given files, in file order. */
    public static List<Page> read(List<Path> warcs) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path p : warcs) {
            try (WarcReader reader = new WarcReader(p)) {
                reader.setLenient(true);
                for (WarcRecord r : reader) {
                    if (!(r instanceof WarcResponse resp)) {
                        continue;
                    }
                    try {
                        var http = resp.http();
                        String ct = http.headers().first("Content-Type").orElse(null);
                        byte[] body = http.bodyDecoded().stream().readAllBytes();
                        if (isHtml(ct, body)) {
                            pages.add(new Page(resp.target(), ct, body));
                        }
                    } catch (IOException | RuntimeException e) {
                        // a broken record in test data: skipped, the benchmark counts pages, not records
                    }
                }
            } catch (IOException | RuntimeException e) {
                // truncated file: keep the records read so far
            }
        }
        return pages;
    }

    static boolean isHtml(String contentType, byte[] body) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html")) {
                return true;
            }
            if (!ct.contains("text/plain") && !ct.isBlank()) {
                return false;
            }
        }
        int n = Math.min(body.length, 512);
        String head = new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }
}

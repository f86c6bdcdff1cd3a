package org.tamiz.pipeline.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlCanonicalizerTest {
  private final UrlCanonicalizer urls = UrlCanonicalizer.get();

  @Test
  void variantsOfOnePageShareOneForm() {
    String canonical = "https://www.example.es/huerta?id=7&page=2";
    assertEquals(canonical, urls.canonical("https://www.example.es/huerta?id=7&page=2"));
    assertEquals(canonical, urls.canonical("HTTPS://WWW.Example.ES:443/huerta?page=2&id=7#comentarios"));
    assertEquals(canonical, urls.canonical("https://www.example.es/a/../huerta?utm_source=news&page=2&utm_medium=mail&id=7"));
    assertEquals(canonical, urls.canonical("https://www.example.es/./huerta?fbclid=IwAR3x&id=7&gclid=Cj0K&page=2&UTM_Campaign=x"));
    assertEquals("http://example.cat/mercat", urls.canonical("http://example.cat:80/mercat?utm_source=x"));
  }

  @Test
  void differentPagesStayApart() {
    assertNotEquals(urls.canonical("https://www.example.es/huerta?id=7"), urls.canonical("https://www.example.es/huerta?id=8"));
    assertNotEquals(urls.canonical("https://www.example.es/Huerta"), urls.canonical("https://www.example.es/huerta"));
    assertNotEquals(urls.canonical("https://example.es/huerta"), urls.canonical("https://www.example.es/huerta"));
    assertNotEquals(urls.canonical("http://example.es:8080/huerta"), urls.canonical("http://example.es/huerta"));
  }

  @Test
  void missingOrBrokenUrls() {
    assertNull(urls.canonical(null));
    assertNull(urls.canonical("  "));
    assertNull(urls.canonical("http://exa mple.com/%%%"));
  }
}

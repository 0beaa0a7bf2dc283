package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dynadeploy.docs.render.Escape;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every model string reaches every output escaped: markup, quotes, ampersands, non-ASCII, controls. */
class EscapingTest {

    static final String EVIL = """
            service "<script>alert(1)</script>" : "\\"><img src=x onerror=alert(2)>" {
                description "Tom & Jerry's \\"quoted\\" <b>bold</b> Zürich — 東京 😀"
                note = "</td></tr></table><script>alert(3)</script>"
                dependsOn plain
            }
            service plain : process { description "A & B" }
            group "<g onload=alert(4)>" "</title><script>alert(5)</script>" {
                description "<iframe src=javascript:alert(6)>"
                service inner : process { dependsOn "<script>alert(1)</script>" }
            }
            docs { fields description, note header note = "<i>Note</i> & more" }
            """;

    @TempDir
    Path dir;

    @Test
    void nothingFromTheModelIsInterpretedAsMarkup() throws Exception {
        ModelSet models = Fixtures.load(dir.resolve("m"), Map.of("evil.services", EVIL));
        Path out = dir.resolve("out");
        DocsResult result = DocsGenerator.generate(models, DocsOptions.of(out));
        SiteChecker site = new SiteChecker(out);   // every page and SVG parses as XML
        site.checkLinks();                          // anchors of odd names resolve
        for (String file : result.files()) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            if (file.endsWith(".html") || file.endsWith(".svg") || file.endsWith(".js") || file.endsWith(".mmd")) {
                for (String marker : new String[] {"<script>alert", "<img src=x", "<b>bold", "<iframe", "<i>Note",
                        "<g onload", "</title><script>", "</td></tr></table>"}) {
                    assertFalse(text.contains(marker), file + " contains raw " + marker);
                }
            }
        }
        String root = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(root.contains("Tom &amp; Jerry&#39;s &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; Zürich — 東京 😀"),
                "text escaped, non-ASCII kept as UTF-8");
        assertTrue(root.contains("&lt;i&gt;Note&lt;/i&gt; &amp; more"), "configured headers escaped");
        String index = Files.readString(out.resolve("search-index.js"), StandardCharsets.UTF_8);
        assertTrue(index.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), "JSON escapes markup characters");
        String dot = Files.readString(out.resolve("diagram.dot"), StandardCharsets.UTF_8);
        assertTrue(dot.contains("\"<script>alert(1)</script>\" [ label = \"<script>alert(1)</script>\\n(\\\"><img"),
                "DOT quotes escaped: " + dot);
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreReplaced() throws Exception {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        Service service = ModelFactory.eINSTANCE.createService();
        service.setName("bell\u0007name");
        service.setDescription("nul\u0000 and lone \uD800 surrogate, kept \uD83D\uDE00");
        model.getServices().add(service);
        Path out = dir.resolve("out");
        DocsGenerator.generate(new ModelSet().add(model), DocsOptions.of(out));
        new SiteChecker(out).checkLinks();
        String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("nul\uFFFD and lone \uFFFD surrogate, kept \uD83D\uDE00"));
    }

    @Test
    void escapeFunctions() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Escape.xml("<a href=\"x\">&'"));
        assertEquals("\"\\u003c/script\\u003e \\\"q\\\" \\\\ \\u2028\"", Escape.jsonString("</script> \"q\" \\ \u2028"));
        assertEquals("a\\\"b\\\\c\\nd", Escape.dot("a\"b\\c\nd"));
        assertEquals("#quot;#lt;b#gt; #amp; #35;1 #96;", Escape.mermaid("\"<b> & #1 `"));
        assertEquals("plain", Escape.xml("plain"));
    }
}

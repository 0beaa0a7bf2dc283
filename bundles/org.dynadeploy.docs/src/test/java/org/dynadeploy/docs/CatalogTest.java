package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dynadeploy.model.support.ModelSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole catalog of the nested-groups example with a distribution and ids: pages for every
 * group (intermediate ones too), tables, entries, views, search; every link resolves.
 */
class CatalogTest {

    static final String DISTRIBUTION = """
            usersdb => dbserver in mysql-database
            portal => webserver in apache-webapplication
            homework => webserver
            homeworkdb => dbserver in mysql-database
            pin submissions => worker in process
            grader => worker in process, webserver in process
            plagiarismcheck => worker in process
            literaturedb => dbserver in mysql-database
            literature => webserver in apache-webapplication
            searchindex => worker in process
            searchapi => nothing
            """;

    static final String IDS = """
            ids ports { grader = 3001 plagiarismcheck = 3002 submissions = 3000 }
            last ports = 3002
            """;

    @TempDir
    static Path dir;
    static Path out;
    static DocsResult result;
    static SiteChecker site;

    @BeforeAll
    static void generate() throws Exception {
        Path models = dir.resolve("models");
        Files.createDirectories(models);
        try (Stream<Path> files = Files.list(Fixtures.EXAMPLES.resolve("homework"))) {
            for (Path file : files.toList()) {
                Files.copy(file, models.resolve(file.getFileName()));
            }
        }
        Files.writeString(models.resolve("result.dist"), DISTRIBUTION);
        Files.writeString(models.resolve("result.ids"), IDS);
        ModelSet set = Fixtures.loadFolder(models);
        out = dir.resolve("site");
        result = DocsGenerator.generate(set, DocsOptions.of(out).withResultsFrom(set));
        site = new SiteChecker(out);
    }

    @Test
    void everyGroupHasAPageAndDiagramFiles() {
        for (String group : List.of("", "homework", "homework/grading", "homework/storage", "literature", "literature/search")) {
            String prefix = group.isEmpty() ? "" : group + "/";
            for (String file : List.of("index.html", "diagram.svg", "diagram.dot", "diagram.mmd")) {
                assertTrue(result.files().contains(prefix + file), prefix + file);
            }
        }
        assertEquals(6, result.groups());
        assertTrue(result.files().containsAll(List.of("style.css", "search.js", "search-index.js", "deployment.html",
                "deployment.svg", "infrastructure.html", "infrastructure.svg", "infrastructure.dot")));
    }

    @Test
    void everyLinkResolvesToAFileAndAnchor() throws Exception {
        int links = site.checkLinks();
        assertTrue(links > 200, "links checked: " + links);
        assertTrue(site.documentCount() >= 15);
    }

    @Test
    void rootPageHasServicesGroupsAndEntries() {
        Document root = site.document("index.html");
        Element services = SiteChecker.byClass(root, "dd-services").get(0);
        assertEquals(List.of("Name", "Description", "Type"), cells(services, "th"));
        assertEquals(List.of("portal", "usersdb"), firstColumn(services));
        Element groups = SiteChecker.byClass(root, "dd-groups").get(0);
        assertEquals(List.of("homework", "literature"), firstColumn(groups));
        assertTrue(cells(groups, "td").contains("Homework subsystem"), "group titles come from the model");
        assertTrue(site.ids("index.html").containsAll(List.of("s-portal", "s-usersdb")));
        assertEquals("Functional architecture documentation", text(root, "title"));
    }

    @Test
    void intermediateGroupPageLinksSubgroupsAndHasBreadcrumbs() {
        Document page = site.document("literature/index.html");
        assertEquals("Functional architecture documentation for group: Literature subsystem", text(page, "title"));
        Element crumbs = SiteChecker.byClass(page, "dd-breadcrumbs").get(0);
        assertEquals("All services/Literature subsystem", crumbs.getTextContent());
        Element groups = SiteChecker.byClass(page, "dd-groups").get(0);
        assertEquals(List.of("search"), firstColumn(groups));
        Document deep = site.document("literature/search/index.html");
        Element deepCrumbs = SiteChecker.byClass(deep, "dd-breadcrumbs").get(0);
        assertEquals(List.of("../../index.html", "../index.html"), attributes(deepCrumbs, "a", "href"));
    }

    @Test
    void serviceEntryShowsDependenciesDependantsDeploymentAndIds() {
        Document page = site.document("homework/grading/index.html");
        Element grader = entry(page, "s-grader");
        String text = grader.getTextContent();
        assertTrue(text.contains("Records grades"), text);
        assertTrue(text.contains("Depends on"), text);
        assertTrue(text.contains("ports = 3001"), text);
        assertTrue(text.contains("worker in process"), text);
        assertTrue(text.contains("webserver in process"), text);
        assertTrue(attributes(grader, "a", "href").containsAll(List.of("../storage/index.html#s-homeworkdb",
                "../../index.html#s-usersdb", "../../infrastructure.html#t-worker")));
        Element submissions = entry(site.document("homework/storage/index.html"), "s-submissions");
        assertTrue(submissions.getTextContent().contains("pinned"));
        assertTrue(submissions.getTextContent().contains("Used by"));
        Element searchapi = entry(site.document("literature/search/index.html"), "s-searchapi");
        assertTrue(searchapi.getTextContent().contains("mapped to no target"), searchapi.getTextContent());
        Element homework = entry(site.document("homework/index.html"), "s-homework");
        assertTrue(homework.getTextContent().contains("webserver in apache-webapplication"),
                "a mapping without a container goes to the container of the service's type");
    }

    @Test
    void docsFieldsAndHeadersDriveTheServicesTable() throws Exception {
        ModelSet set = Fixtures.load(dir.resolve("fields"), Map.of("m.services", """
                service a : process { description "first" requireMem = 1024 zones = ["eu", "us"] }
                docs { fields requireMem, zones, stateful header requireMem = "Memory (KiB)" title "" = "Everything" }
                """));
        Path fieldsOut = dir.resolve("fields-site");
        DocsGenerator.generate(set, DocsOptions.of(fieldsOut));
        Document root = SiteChecker.parse(fieldsOut.resolve("index.html"));
        Element table = SiteChecker.byClass(root, "dd-services").get(0);
        assertEquals(List.of("Name", "Memory (KiB)", "zones", "stateful"), cells(table, "th"));
        assertEquals(List.of("a", "1024", "[\"eu\", \"us\"]", "false"), cells(table, "td"));
        assertEquals("Everything", text(root, "h1"), "the docs config titles the root group");
    }

    @Test
    void deploymentAndInfrastructureViews() {
        Document deployment = site.document("deployment.html");
        assertTrue(site.ids("deployment.html").containsAll(List.of("t-dbserver", "t-webserver", "t-worker")));
        Element notDeployed = null;
        NodeList h2s = deployment.getElementsByTagNameNS("*", "h2");
        for (int i = 0; i < h2s.getLength(); i++) {
            if (h2s.item(i).getTextContent().equals("Not deployed")) notDeployed = (Element) h2s.item(i);
        }
        assertTrue(notDeployed != null, "searchapi is mapped to nothing");
        Document svg = site.document("deployment.svg");
        List<String> blocks = SiteChecker.byClass(svg, "dd-block").stream().map(e -> e.getAttribute("data-name")).toList();
        assertEquals(List.of("dbserver", "webserver", "worker"), blocks);
        Document infra = site.document("infrastructure.html");
        String text = infra.getDocumentElement().getTextContent();
        assertTrue(text.contains("mysqlPort"), "container properties are listed");
        assertTrue(text.contains("db.school.example.org"));
        assertTrue(site.ids("infrastructure.html").contains("t-worker"));
    }

    @Test
    void searchIndexListsEveryServiceGroupAndTarget() throws Exception {
        String index = Files.readString(out.resolve("search-index.js"));
        assertTrue(index.startsWith("window.DYNADEPLOY_SEARCH_INDEX = ["));
        for (String name : List.of("usersdb", "portal", "grader", "searchapi", "Homework storage", "worker")) {
            assertTrue(index.contains("{\"n\":\"" + name + "\""), name);
        }
        assertTrue(index.contains("\"u\":\"homework/grading/index.html#s-grader\""));
        String script = Files.readString(out.resolve("search.js"));
        assertFalse(script.contains("innerHTML"), "results are built with textContent only");
        assertFalse(script.contains("http"), "no network");
        String page = Files.readString(out.resolve("homework/grading/index.html"));
        assertTrue(page.contains("data-root=\"../..\""));
        assertFalse(page.contains("http://") && page.replace("http://www.w3.org/", "").contains("http://"),
                "no external resources");
    }

    // --- helpers

    static Element entry(Document page, String id) {
        for (Element section : SiteChecker.byClass(page, "dd-entry")) {
            if (section.getAttribute("id").equals(id)) return section;
        }
        throw new AssertionError("no entry " + id);
    }

    static String text(Document doc, String tag) {
        return doc.getElementsByTagNameNS("*", tag).item(0).getTextContent();
    }

    static List<String> cells(Element table, String tag) {
        List<String> result = new ArrayList<>();
        NodeList list = table.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < list.getLength(); i++) result.add(list.item(i).getTextContent());
        return result;
    }

    static List<String> firstColumn(Element table) {
        List<String> result = new ArrayList<>();
        NodeList rows = SiteChecker.first(table, "tbody").getElementsByTagNameNS("*", "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            result.add(((Element) rows.item(i)).getElementsByTagNameNS("*", "td").item(0).getTextContent());
        }
        return result;
    }

    static List<String> attributes(Element parent, String tag, String attribute) {
        List<String> result = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < list.getLength(); i++) result.add(((Element) list.item(i)).getAttribute(attribute));
        return result;
    }
}

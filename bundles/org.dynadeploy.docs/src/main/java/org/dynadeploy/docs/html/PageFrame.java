package org.dynadeploy.docs.html;

import java.util.List;

import org.dynadeploy.docs.layer.GroupTree;
import org.dynadeploy.docs.site.Catalog;
import org.dynadeploy.docs.site.Links;

/**
 * What every page shares: head (stylesheet, search scripts), the header with breadcrumbs, the
 * view switcher (services / deployment / infrastructure, as far as they exist) and the search
 * box. {@code data-root} on the body tells search.js where the root is, so one script serves
 * pages at every depth.
 */
final class PageFrame {

    /** Which top-level view a page belongs to. */
    enum View { SERVICES, DEPLOYMENT, INFRASTRUCTURE }

    private PageFrame() {
    }

    /** Opens the page up to and including {@code <main>}. */
    static void open(Html html, Catalog catalog, String dir, String title, String groupPath, View view) {
        String root = Links.rootDir(dir);
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").nl();
        html.open("head").nl();
        html.empty("meta", "charset", "utf-8").nl();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        html.empty("meta", "name", "generator", "content", "DynaDeploy").nl();
        html.element("title", title).nl();
        html.empty("link", "rel", "stylesheet", "type", "text/css", "href", Links.relative(dir, Links.STYLE)).nl();
        html.open("script", "src", Links.relative(dir, Links.SEARCH_INDEX), "defer", "defer").close("script").nl();
        html.open("script", "src", Links.relative(dir, Links.SEARCH_SCRIPT), "defer", "defer").close("script").nl();
        html.close("head").nl();
        html.open("body", "data-root", root).nl();
        html.open("header", "class", "dd-header").nl();
        breadcrumbs(html, catalog, dir, groupPath, view, title);
        views(html, catalog, dir, view);
        html.open("div", "class", "dd-search", "role", "search");
        html.element("label", "Search services", "for", "dd-search-input");
        html.empty("input", "type", "search", "id", "dd-search-input", "placeholder", "Search services and groups",
                "autocomplete", "off");
        html.open("ol", "id", "dd-search-results").close("ol");
        html.close("div").nl();
        html.close("header").nl();
        html.open("main").nl();
    }

    static void close(Html html) {
        html.close("main").nl().close("body").nl().close("html").nl();
    }

    private static void breadcrumbs(Html html, Catalog catalog, String dir, String groupPath, View view, String title) {
        html.open("nav", "class", "dd-breadcrumbs", "aria-label", "Breadcrumbs");
        if (view != View.SERVICES) {
            html.link(Links.relative(dir, Links.PAGE), GroupTree.ROOT_TITLE);
            html.element("span", "/", "class", "dd-sep");
            html.element("span", title, "aria-current", "page");
        } else {
            List<GroupTree.GroupInfo> chain = catalog.groups().ancestry(groupPath);
            for (int i = 0; i < chain.size(); i++) {
                GroupTree.GroupInfo group = chain.get(i);
                if (i > 0) {
                    html.element("span", "/", "class", "dd-sep");
                }
                if (i == chain.size() - 1) {
                    html.element("span", group.title(), "aria-current", "page");
                } else {
                    html.link(Links.relative(dir, Links.groupPage(group.path())), group.title());
                }
            }
        }
        html.close("nav").nl();
    }

    private static void views(Html html, Catalog catalog, String dir, View view) {
        html.open("nav", "class", "dd-views", "aria-label", "Views");
        html.link(Links.relative(dir, Links.PAGE), "Services", "aria-current", view == View.SERVICES ? "page" : null);
        if (catalog.deployment().isPresent()) {
            html.link(Links.relative(dir, Links.DEPLOYMENT), "Deployment", "aria-current", view == View.DEPLOYMENT ? "page" : null);
        }
        if (catalog.hasInfrastructure()) {
            html.link(Links.relative(dir, Links.INFRASTRUCTURE), "Infrastructure", "aria-current",
                    view == View.INFRASTRUCTURE ? "page" : null);
        }
        html.close("nav").nl();
    }
}

import GazetteCore

/// The search page. Pagefind's UI is loaded by `assets/search.js` when the search index is
/// there; until then, and without JavaScript, the page says how else to find things.
public func makeSearchPage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .search)
  let main: HTML = """
    <h1 id="search-heading">Search</h1>
    <p class="lead">Search every issue, article and report. Chinese words work too.</p>
    <div id="search" class="search"></div>
    <div id="search-fallback" class="search-fallback">
    <p>Search needs JavaScript and a search index; browse by <a href="\(context.link(to: .issues))">issue</a>, <a href="\(context.link(to: .countries))">country</a> or <a href="\(context.link(to: .programs))">program</a> instead.</p>
    </div>
    """
  return makeLayout(
    title: "Search", description: "Search \(site.config.title).", context: context,
    breadcrumbs: [Breadcrumb("Home", .home)], scripts: [searchScriptPath], main: main)
}

/// Where the search page's script is written.
public let searchScriptPath = "assets/search.js"

/// The search page's script: it finds Pagefind's bundle next to the site's root, loads its
/// UI when the index is there, hides the page's message, cuts Chinese queries into words,
/// and searches for `?q=` if given.
public let searchScript = #"""
  // Gazette: loads Pagefind's search UI when the search index exists. Without it (or
  // without JavaScript, or from file://) the page keeps its message and links.
  (function () {
    "use strict";
    var root = new URL("../", document.currentScript.src);
    var bundle = new URL("pagefind/", root);
    function load(tag, attributes) {
      return new Promise(function (resolve, reject) {
        var element = document.createElement(tag);
        Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
        element.onload = resolve;
        element.onerror = reject;
        document.head.appendChild(element);
      });
    }
    // The index holds Chinese and Japanese text cut into words; a query is one string.
    // Cutting its CJK runs the same way (Intl.Segmenter) lets 联合实验室 find 联合 实验室.
    var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
    function processTerm(term) {
      if (!segmenter) { return term; }
      return term.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g, function (run) {
        return " " + Array.from(segmenter.segment(run), function (part) { return part.segment; }).join(" ") + " ";
      }).replace(/\s+/g, " ").trim();
    }
    function start() {
      fetch(new URL("pagefind-entry.json", bundle))
        .then(function (response) {
          if (!response.ok) { throw new Error("no search index"); }
          return Promise.all([
            load("link", { rel: "stylesheet", href: new URL("pagefind-ui.css", bundle).href }),
            load("script", { src: new URL("pagefind-ui.js", bundle).href })
          ]);
        })
        .then(function () {
          var ui = new PagefindUI({
            element: "#search",
            bundlePath: bundle.pathname,
            baseUrl: root.pathname,
            showImages: false,
            showSubResults: true,
            processTerm: processTerm
          });
          // Pagefind's box has only a title; the page's heading names it for everyone.
          var box = document.querySelector("#search input");
          if (box) { box.setAttribute("aria-labelledby", "search-heading"); }
          document.getElementById("search-fallback").hidden = true;
          document.documentElement.classList.add("has-search");
          var query = new URLSearchParams(location.search).get("q");
          if (query) { ui.triggerSearch(query); }
        })
        .catch(function () {});
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
  })();

  """#

/// The favicon: a newspaper page in the newsletter's red.
public let favicon = """
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#9b1c1c"/>
  <rect x="7" y="6" width="18" height="4" rx="1" fill="#fff"/>
  <rect x="7" y="13" width="8" height="13" rx="1" fill="#fff" opacity="0.75"/>
  <rect x="17" y="13" width="8" height="2" fill="#fff"/>
  <rect x="17" y="18.5" width="8" height="2" fill="#fff"/>
  <rect x="17" y="24" width="8" height="2" fill="#fff"/>
  </svg>

  """

import GazetteCore

/// The page a server shows for an address that does not exist. Its links start from the
/// base URL's path, since it is served at any depth.
public func makeNotFoundPage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .notFound, rootPrefix: site.config.basePath)
  let main: HTML = """
    <h1>Page not found</h1>
    <p>There is no page at this address. It may have moved when the newsletter was rebuilt.</p>
    <ul>
    <li><a href="\(context.link(to: .home))">Home</a></li>
    <li><a href="\(context.link(to: .issues))">All issues</a></li>
    <li><a href="\(context.link(to: .reports))">All reports</a></li>
    <li><a href="\(context.link(to: .search))">Search</a></li>
    </ul>
    """
  return makeLayout(title: "Page not found", description: "", context: context, main: main)
}

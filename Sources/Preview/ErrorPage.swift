import GazetteCore

/// The page the preview shows in place of every page while the content has errors: the
/// diagnostics as `gazette build` prints them, escaped, on a page that needs no stylesheet.
public func makeErrorPage(diagnostics: [Diagnostic]) -> String {
  let errors = diagnostics.count(where: \.isError)
  let warnings = diagnostics.count - errors
  var counts = [errors == 1 ? "1 error" : "\(errors) errors"]
  if warnings > 0 { counts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
  let summary = counts.joined(separator: " and ")
  let text = diagnostics.map(\.longDescription).joined(separator: "\n")
  let page: HTML = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Build failed: \(summary)</title>
    <style>
    body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
    h1 { color: #a40e26; font-size: 1.5rem; }
    pre { background: #fdf3f4; border-left: 4px solid #a40e26; padding: 1rem; overflow-x: auto; font-size: 0.9rem; }
    </style>
    </head>
    <body>
    <main>
    <h1>Build failed: \(summary)</h1>
    <p>Gazette could not build the site. Fix the content below and save: this page goes back to the site by itself.</p>
    <pre>\(text)</pre>
    </main>
    </body>
    </html>

    """
  return page.markup
}

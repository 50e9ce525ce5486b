import Ccmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders Markdown with cmark. The only type that touches cmark's C memory: it parses,
/// walks and rewrites the tree, renders it, and frees everything before it returns.
public enum MarkdownRenderer {
  /// Renders `markdown` to HTML.
  ///
  /// - Parameter rewriteLink: called with every link and image destination; a non-nil
  ///   result replaces the destination in the HTML.
  public static func render(
    _ markdown: String,
    options: MarkdownOptions = .site,
    rewriteLink: (MarkdownLink) -> String? = { _ in nil }
  ) -> RenderedMarkdown {
    // No CMARK_OPT_VALIDATE_UTF8: a Swift string is always valid UTF-8, so cmark's check of
    // every line (about 8% of its work) would never change a byte.
    var flags = CMARK_OPT_DEFAULT
    if options.usesSmartPunctuation { flags |= CMARK_OPT_SMART }
    if options.allowsRawHTML { flags |= CMARK_OPT_UNSAFE }

    var markdown = markdown
    let root: OpaquePointer = markdown.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, flags)
      }
    }
    defer { cmark_node_free(root) }

    let walk = TreeWalk(root: root)
    var links: [MarkdownLink] = []
    for node in walk.links {
      let link = MarkdownLink(
        destination: String(cString: cmark_node_get_url(node)),
        line: Int(cmark_node_get_start_line(node)),
        column: Int(cmark_node_get_start_column(node)))
      links.append(link)
      if let replacement = rewriteLink(link) {
        cmark_node_set_url(node, replacement)
      }
    }

    var headingIDs: [String] = []
    if options.addsHeadingIDs {
      var maker = HeadingIDMaker()
      for (node, text) in walk.headings {
        let id = maker.makeID(for: text)
        headingIDs.append(id)
        replaceHeading(node, id: options.headingIDPrefix + id)
      }
    }

    guard let buffer = cmark_render_html(root, flags) else {
      return RenderedMarkdown(html: "", summary: walk.summary, headingIDs: headingIDs, links: links)
    }
    defer { free(buffer) }
    return RenderedMarkdown(
      html: String(cString: buffer), summary: walk.summary, headingIDs: headingIDs, links: links)
  }

  /// Swaps a heading node for a custom block that writes `<hN id="…">`, keeping its inline
  /// content, since cmark's HTML renderer has no attributes for headings.
  private static func replaceHeading(_ heading: OpaquePointer, id: String) {
    let level = cmark_node_get_heading_level(heading)
    guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
    cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
    cmark_node_set_on_exit(block, "</h\(level)>")
    while let child = cmark_node_first_child(heading) {
      cmark_node_append_child(block, child)
    }
    cmark_node_replace(heading, block)
    cmark_node_free(heading)
  }
}

/// One pass over the tree that notes the links, the headings with their text and the
/// plain text of the first paragraph. It only reads; changes come after it.
private struct TreeWalk {
  var links: [OpaquePointer] = []
  var headings: [(node: OpaquePointer, text: String)] = []
  var summary = ""

  init(root: OpaquePointer) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }

    var headingText: String?
    var paragraphText: String?
    var hasSummary = false

    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      let entering = event == CMARK_EVENT_ENTER

      switch type {
      case CMARK_NODE_HEADING:
        if entering {
          headingText = ""
        } else {
          headings.append((node, headingText ?? ""))
          headingText = nil
        }
      case CMARK_NODE_PARAGRAPH where !hasSummary:
        if entering {
          paragraphText = ""
        } else {
          summary = paragraphText ?? ""
          paragraphText = nil
          hasSummary = !summary.isEmpty
        }
      case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
        if entering { links.append(node) }
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        // Text is only collected inside a heading or the first paragraph.
        guard headingText != nil || paragraphText != nil else { break }
        let literal = String(cString: cmark_node_get_literal(node))
        headingText?.append(literal)
        paragraphText?.append(literal)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        headingText?.append(" ")
        paragraphText?.append(" ")
      default:
        break
      }
    }
  }
}

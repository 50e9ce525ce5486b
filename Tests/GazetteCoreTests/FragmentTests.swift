import Dispatch
import Synchronization
import Testing

@testable import GazetteCore

@Suite struct FragmentTests {
  /// A fragment from the parse cache renders its HTML on first use, once, however many
  /// threads ask at the same time, and then compares equal to the fragment it came from.
  @Test func deferredHTMLIsRenderedOnceForAllThreads() {
    let original = Fragment(html: "<p>Hello <a href=\"gazette-root:/reports/x/\">x</a></p>\n", summary: "Hello x",
      hasSiteLinks: true)
    let renders = Mutex(0)
    let cached = Fragment(
      withoutHTMLSummary: original.summary, headingIDs: original.headingIDs, hasSiteLinks: original.hasSiteLinks,
      hasIDs: original.hasIDs)
    #expect(cached.lacksHTML)
    let deferred = cached.deferringHTML {
      renders.withLock { $0 += 1 }
      return original.html
    }
    #expect(!deferred.lacksHTML)

    let pages = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 64) { _ in
      let page = deferred.html(rootPrefix: "../../").markup
      pages.withLock { $0.append(page) }
    }
    #expect(renders.withLock { $0 } == 1)
    #expect(Set(pages.withLock { $0 }) == ["<p>Hello <a href=\"../../reports/x/\">x</a></p>\n"])
    #expect(deferred == original)
  }
}

import Testing

@testable import Preview

@Suite struct ReloadScriptTests {
  @Test func theScriptGoesBeforeTheLastClosingBody() {
    let html = "<html><body><p>&lt;/body&gt;</p>\n</BODY>\n</html>\n"
    let result = ReloadScript.injecting(into: html, generation: "abc-3")
    #expect(result.hasPrefix("<html><body><p>&lt;/body&gt;</p>\n<script>"))
    #expect(result.hasSuffix("</script>\n</BODY>\n</html>\n"))
    #expect(result.contains("new EventSource(\"/__gazette/events?generation=abc-3\")"))
    #expect(result.contains("event.data !== \"abc-3\""))
  }

  @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
    let result = ReloadScript.injecting(into: "<p>fragment</p>", generation: "1")
    #expect(result.hasPrefix("<p>fragment</p><script>"))
  }

  @Test func theGenerationCannotBreakOutOfTheScript() {
    let script = ReloadScript.script(generation: "1\"</script><script>alert(1)")
    #expect(!script.contains("alert(1)\""))
    #expect(script.contains("\"1scriptscriptalert1\""))
  }
}

@Suite struct ReloadHubTests {
  @Test func listenersHearTheCurrentGenerationThenEveryAnnouncement() async {
    let hub = ReloadHub(generation: "s-0")
    var events = hub.listen().makeAsyncIterator()
    #expect(await events.next() == "retry: 1000\ndata: s-0\n\n")
    #expect(hub.listenerCount == 1)
    #expect(hub.announce(generation: "s-1") == 1)
    #expect(hub.generation == "s-1")
    #expect(await events.next() == "data: s-1\n\n")
    hub.close()
    #expect(await events.next() == nil)
    #expect(hub.listenerCount == 0)
  }

  @Test func aListenerThatGoesAwayIsForgotten() async {
    let hub = ReloadHub(generation: "s-0")
    do {
      var events = hub.listen().makeAsyncIterator()
      _ = await events.next()
      #expect(hub.listenerCount == 1)
    }
    #expect(hub.listenerCount == 0)
    #expect(hub.announce(generation: "s-1") == 0)
  }

  @Test func onlyPagesOfThePreviousGenerationCountAsReloading() async {
    let hub = ReloadHub(generation: "s-0")
    var page = hub.listen(pageGeneration: "s-0").makeAsyncIterator()
    var tool = hub.listen().makeAsyncIterator()
    var stalePage = hub.listen(pageGeneration: "other-7").makeAsyncIterator()
    _ = (await page.next(), await tool.next(), await stalePage.next())
    #expect(hub.announce(generation: "s-1") == 2)
    // The page was told, and reloads: it is not counted again before it reconnects.
    #expect(hub.announce(generation: "s-2") == 1)
    #expect(await page.next() == "data: s-1\n\n")
    #expect(hub.listenerCount == 3)
  }
}

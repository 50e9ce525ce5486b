import Foundation

/// The few lines of script that make an open page reload after a rebuild. They are added
/// to HTML as it is served by `gazette serve`, never to the files of a build.
public enum ReloadScript {
  /// The address of the stream of reload events (Server-Sent Events).
  public static let eventsPath = "/__gazette/events"

  /// The script for a page served at build `generation`: it listens to the events and
  /// reloads the page as soon as the server announces another generation. Since the server
  /// announces its current generation when the page connects, a rebuild that finished
  /// between the page's load and its connection is not missed.
  public static func script(generation: String) -> String {
    let quoted = generation.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    return """
      <script>/* gazette serve: reloads this page after each rebuild */
      (function () {
        var events = new EventSource("\(eventsPath)?generation=\(quoted)");
        events.onmessage = function (event) {
          if (event.data !== "\(quoted)") { events.close(); location.reload(); }
        };
      })();
      </script>

      """
  }

  /// `html` with the script inserted before its last `</body>` (in any case), or at the end
  /// when it has none.
  public static func injecting(into html: String, generation: String) -> String {
    let script = script(generation: generation)
    guard let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
      return html + script
    }
    var result = html
    result.insert(contentsOf: script, at: range.lowerBound)
    return result
  }
}

import GazetteCore

/// Marks runs of Chinese, Japanese and Korean text in a page of another language with
/// `<span lang="…">`, so that screen readers switch voice and browsers pick the right
/// glyphs (WCAG 3.1.2, language of parts).
///
/// Only text between tags changes: tags, attribute values (also with `>` inside quotes),
/// comments and the content of `script`, `style`, `textarea` and `title` stay as they are.
/// A run of Han characters and CJK punctuation is `zh`, or `ja` when it holds kana; a run of
/// Hangul (with the spaces between its words) is `ko`. Runs in the page's own language are
/// left alone.
func markingLanguageOfParts(_ html: HTML, pageLanguage: String) -> HTML {
  var markup = html.markup
  guard mayHoldCJK(&markup) else { return html }
  let primary = pageLanguage.split(separator: "-").first.map { $0.lowercased() } ?? ""
  var output = String.UnicodeScalarView()
  var run = String.UnicodeScalarView()
  var runScript = Script.other
  var state = ScanState.text

  func flushRun() {
    guard !run.isEmpty else { return }
    var trailing = String.UnicodeScalarView()
    while let last = run.last, last == " " {
      trailing.append(last)
      run.removeLast()
    }
    let language = runScript.language(hasKana: run.contains { Script.of($0) == .kana })
    if let language, language != primary, run.contains(where: { Script.of($0).isLetter }) {
      output.append(contentsOf: "<span lang=\"\(language)\">".unicodeScalars)
      output.append(contentsOf: run)
      output.append(contentsOf: "</span>".unicodeScalars)
    } else {
      output.append(contentsOf: run)
    }
    output.append(contentsOf: trailing)
    run = String.UnicodeScalarView()
    runScript = .other
  }

  let scalars = Array(markup.unicodeScalars)
  var index = 0
  while index < scalars.count {
    let scalar = scalars[index]
    switch state {
    case .text:
      if scalar == "<" {
        flushRun()
        if starts(scalars, at: index, with: "<!--") {
          state = .comment
        } else {
          let name = tagName(scalars, from: index + 1)
          state = .tag(quote: nil, rawTextElement: ["script", "style", "textarea", "title"].contains(name) ? name : nil)
        }
        output.append(scalar)
      } else {
        let script = Script.of(scalar)
        if script.isCJK {
          if !run.isEmpty, !runScript.joins(script) { flushRun() }
          if run.isEmpty || runScript == .punctuation { runScript = script == .kana ? .han : script }
          run.append(scalar)
        } else if scalar == " ", runScript == .hangul, index + 1 < scalars.count, Script.of(scalars[index + 1]) == .hangul {
          run.append(scalar)
        } else {
          flushRun()
          output.append(scalar)
        }
      }
    case .tag(let quote, let rawTextElement):
      output.append(scalar)
      if let quote {
        if scalar == quote { state = .tag(quote: nil, rawTextElement: rawTextElement) }
      } else if scalar == "\"" || scalar == "'" {
        state = .tag(quote: scalar, rawTextElement: rawTextElement)
      } else if scalar == ">" {
        let selfClosing = index > 0 && scalars[index - 1] == "/"
        if let rawTextElement, !selfClosing {
          state = .rawText(rawTextElement)
        } else {
          state = .text
        }
      }
    case .comment:
      output.append(scalar)
      if scalar == ">", index >= 2, scalars[index - 1] == "-", scalars[index - 2] == "-" { state = .text }
    case .rawText(let name):
      if scalar == "<", starts(scalars, at: index, with: "</" + name) {
        state = .tag(quote: nil, rawTextElement: nil)
      }
      output.append(scalar)
    }
    index += 1
  }
  flushRun()
  return HTML(raw: String(output))
}

/// Whether `text` has a character from U+3000 on: one whose UTF-8 starts with a byte of
/// 0xE3 or more. Most pages have none, so this looks at every byte of the page: it finds the
/// largest byte with a plain loop, which the compiler turns into vector instructions.
private func mayHoldCJK(_ text: inout String) -> Bool {
  text.withUTF8 { bytes in
    var largest: UInt8 = 0
    for byte in bytes { largest = max(largest, byte) }
    return largest >= 0xE3
  }
}

private enum ScanState {
  case text
  case tag(quote: Unicode.Scalar?, rawTextElement: String?)
  case comment
  case rawText(String)
}

private enum Script: Equatable {
  case han, kana, hangul, punctuation, other

  static func of(_ scalar: Unicode.Scalar) -> Script {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: .han
    case 0x3040...0x30FF, 0x31F0...0x31FF: .kana
    case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: .hangul
    case 0x3000...0x303F, 0xFF00...0xFFEF: .punctuation
    default: .other
    }
  }

  var isCJK: Bool { self != .other }
  var isLetter: Bool { self == .han || self == .kana || self == .hangul }

  /// Whether a character of `script` continues a run of this script.
  func joins(_ script: Script) -> Bool {
    switch (self, script) {
    case (_, .punctuation), (.punctuation, _): true
    case (.han, .han), (.han, .kana), (.hangul, .hangul): true
    default: false
    }
  }

  func language(hasKana: Bool) -> String? {
    switch self {
    case .han: hasKana ? "ja" : "zh"
    case .hangul: "ko"
    default: nil
    }
  }
}

private func starts(_ scalars: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
  var position = index
  for expected in prefix.unicodeScalars {
    guard position < scalars.count,
      Character(scalars[position]).lowercased() == Character(expected).lowercased()
    else { return false }
    position += 1
  }
  return true
}

private func tagName(_ scalars: [Unicode.Scalar], from index: Int) -> String {
  var name = ""
  var position = index
  while position < scalars.count, scalars[position].properties.isAlphabetic || ("0"..."9").contains(scalars[position]) {
    name.unicodeScalars.append(scalars[position])
    position += 1
  }
  return name.lowercased()
}

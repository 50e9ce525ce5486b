import ArgumentParser

/// The `gazette` command: publishes a newsletter from Markdown to a static website.
@main
struct Gazette: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gazette",
    abstract: "Publish a newsletter written in Markdown as a static website.",
    discussion: """
      Content/ holds site.yml, issues/<folder>/issue.md with one Markdown file per article, \
      reports/*.md and programs/*.md. 'gazette build' turns it into a site in Site/; \
      'gazette serve' previews it as you write.
      """,
    subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, RenderCommand.self],
    defaultSubcommand: BuildCommand.self)
}

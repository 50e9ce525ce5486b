/// The site's one stylesheet, written to `assets/style.css`.
public let stylesheet = """
  :root {
    --text: #1d1d1f;
    --muted: #5b5b63;
    --background: #fdfcf9;
    --accent: #9b1c1c;
    --rule: #d9d4c7;
    --tag: #f1ece1;
    --measure: 40rem;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
      "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
    line-height: 1.6;
    color: var(--text);
    background: var(--background);
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --text: #ececec;
      --muted: #b4b4bb;
      --background: #16171a;
      --accent: #ff9e8f;
      --rule: #3a3b40;
      --tag: #2a2b30;
    }
  }
  * { box-sizing: border-box; }
  body { margin: 0; }
  a { color: var(--accent); text-underline-offset: 0.15em; }
  a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .skip-link { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--background); }
  .skip-link:focus { left: 0.5rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .masthead, main, .site-footer, .breadcrumbs { max-width: var(--measure); margin: 0 auto; padding: 0 1rem; }
  .masthead { border-bottom: 3px double var(--rule); padding-top: 1.5rem; padding-bottom: 0.75rem; text-align: center; }
  .site-title { font-family: Georgia, "Times New Roman", "Songti SC", "Noto Serif CJK SC", serif; font-size: 1.9rem; font-weight: bold; margin: 0; line-height: 1.2; }
  .site-title a { color: inherit; text-decoration: none; }
  .site-subtitle { margin: 0.25rem 0 0.75rem; color: var(--muted); font-size: 0.95rem; }
  .site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; justify-content: center; gap: 0.25rem 1.25rem; }
  .site-nav a { text-decoration: none; font-weight: 600; }
  .site-nav a[aria-current="page"] { text-decoration: underline; }
  .breadcrumbs ol { list-style: none; padding: 0; margin: 0.75rem auto 0; font-size: 0.9rem; color: var(--muted); }
  .breadcrumbs li { display: inline; }
  .breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; }
  main { padding-top: 1rem; padding-bottom: 2rem; }
  h1, h2, h3 { font-family: Georgia, "Times New Roman", "Songti SC", "Noto Serif CJK SC", serif; line-height: 1.25; }
  h1 { font-size: 2rem; margin: 0.5rem 0; }
  h2 { font-size: 1.4rem; margin-top: 2rem; }
  h3 { font-size: 1.15rem; }
  .kicker, .article-meta, .entry-meta, .issue-meta, .source, .count, .lead { color: var(--muted); }
  .kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.8rem; margin: 0; }
  .prose { overflow-wrap: break-word; }
  .prose blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
  .prose img { max-width: 100%; height: auto; }
  .source { font-size: 0.9rem; font-style: italic; }
  .tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
  .tag { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 1rem; background: var(--tag); font-size: 0.85rem; text-decoration: none; }
  .entries { list-style: none; padding: 0; }
  .entry { border-top: 1px solid var(--rule); padding: 0.75rem 0; }
  .entry-title { margin: 0; font-size: 1.1rem; }
  .entry-meta { margin: 0.2rem 0; font-size: 0.9rem; }
  .summary { margin: 0.3rem 0 0; }
  .columns { columns: 14rem; padding-left: 1.2rem; }
  .toc { border: 1px solid var(--rule); padding: 0 1rem 0.5rem; margin: 1.5rem 0; }
  .issue-section > h2 { border-bottom: 2px solid var(--accent); padding-bottom: 0.25rem; }
  .issue-article { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
  .pager ul { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
  .pager span { display: block; font-size: 0.8rem; color: var(--muted); text-transform: uppercase; }
  .site-footer { border-top: 1px solid var(--rule); padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem; }
  @media print {
    .site-nav, .breadcrumbs, .skip-link, .pager, .site-footer, .toc { display: none; }
    :root { --text: #000; --background: #fff; --accent: #000; }
    .issue-article { break-before: page; }
    .prose a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  }

  """

/// The site's one stylesheet, written to `assets/style.css`: a newsletter page on screen
/// (light and dark, from 320 px phones to wide screens) and on paper.
public let stylesheet = """
  :root {
    --text: #1c1b19;
    --muted: #57544e;
    --background: #fdfcf8;
    --surface: #f5f1e8;
    --accent: #9b1c1c;
    --rule: #d6cfbf;
    --strong-rule: #1c1b19;
    --tag: #f0eadc;
    --measure: 40rem;
    --wide: 66rem;
    --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Charter, "Bitstream Charter",
      Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC",
      "SimSun", serif;
    --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
      "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
    color-scheme: light dark;
    font-family: var(--sans);
    line-height: 1.6;
    color: var(--text);
    background: var(--background);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --text: #e8e5de;
      --muted: #b2ada3;
      --background: #161618;
      --surface: #1f1f23;
      --accent: #ff9e8f;
      --rule: #3d3c42;
      --strong-rule: #8d897f;
      --tag: #2a292f;
    }
  }
  * { box-sizing: border-box; }
  body { margin: 0; overflow-wrap: break-word; }
  :lang(ja) { font-family: "Hiragino Sans", "Yu Gothic", "Noto Sans CJK JP", var(--sans); }
  :lang(ko) { font-family: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", var(--sans); }
  a { color: var(--accent); text-underline-offset: 0.15em; text-decoration-thickness: 1px; }
  a:hover { text-decoration-thickness: 2px; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
  .skip-link { position: absolute; left: 0.5rem; top: -4rem; z-index: 1; padding: 0.5rem 1rem;
    background: var(--background); border: 2px solid var(--accent); }
  .skip-link:focus { top: 0.5rem; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; }
  [hidden] { display: none !important; }

  /* Masthead: the newsletter's name between rules, a dateline, the sections. */
  .masthead, .breadcrumbs, main, .site-footer { width: 100%; margin: 0 auto; padding-left: 1rem;
    padding-right: 1rem; }
  .masthead { max-width: var(--wide); padding-top: 1.25rem; text-align: center; }
  .site-title { font-family: var(--serif); font-size: clamp(1.45rem, 1rem + 2.6vw, 2.6rem); font-weight: 700;
    line-height: 1.1; letter-spacing: -0.01em; margin: 0; padding-top: 0.75rem; border-top: 1px solid var(--strong-rule); }
  .site-title a { color: inherit; text-decoration: none; }
  .site-subtitle { margin: 0.35rem 0 0; color: var(--muted); font-size: 0.9rem; font-style: italic;
    font-family: var(--serif); }
  .dateline { margin: 0.6rem 0 0; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase;
    font-weight: 600; }
  .site-nav { margin-top: 0.75rem; border-top: 3px double var(--strong-rule); border-bottom: 1px solid var(--strong-rule); }
  .site-nav ul { list-style: none; margin: 0; padding: 0.4rem 0; display: flex; flex-wrap: wrap;
    justify-content: center; gap: 0.15rem 1.5rem; }
  .site-nav a { display: inline-block; padding: 0.25rem 0; color: var(--text); text-decoration: none;
    font-size: 0.85rem; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
  .site-nav a:hover, .site-nav a[aria-current] { color: var(--accent); }
  .site-nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 2px; }
  .breadcrumbs { max-width: var(--measure); }
  .breadcrumbs ol { list-style: none; padding: 0; margin: 0.9rem 0 0; font-size: 0.85rem; color: var(--muted);
    display: flex; flex-wrap: wrap; }
  .breadcrumbs li { white-space: nowrap; }
  .breadcrumbs li[aria-current] { flex: 1 1 6rem; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  .breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; }

  /* Type */
  main { max-width: var(--measure); padding-top: 0.5rem; padding-bottom: 3rem; }
  main.wide { max-width: var(--wide); }
  h1, h2, h3 { font-family: var(--serif); line-height: 1.2; font-weight: 700; }
  h1 { font-size: clamp(1.7rem, 1.2rem + 2.2vw, 2.4rem); margin: 0.3rem 0 0.6rem; letter-spacing: -0.01em; }
  h2 { font-size: 1.45rem; margin: 2.25rem 0 0.75rem; }
  h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
  .article h1 { font-size: clamp(1.6rem, 1.25rem + 1.5vw, 2.1rem); }
  sup, sub { line-height: 0; }
  .kicker, .dateline, .entry-meta, .section-label { font-family: var(--sans); }
  .kicker { margin: 1rem 0 0; color: var(--accent); font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em;
    text-transform: uppercase; }
  .kicker a { text-decoration: none; }
  .lead { font-size: 1.1rem; color: var(--muted); }
  .article-meta, .entry-meta, .issue-meta, .source, .count, .note, .feed-link, .aliases { color: var(--muted); }
  .article-meta, .issue-meta { margin: 0; font-size: 0.95rem; }
  .prose { font-family: var(--serif); font-size: 1.125rem; line-height: 1.65; }
  .prose h2 { font-size: 1.3rem; }
  .prose h3 { font-size: 1.1rem; }
  .prose blockquote { margin: 1.25rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
  .prose img { max-width: 100%; height: auto; }
  .prose pre { overflow-x: auto; padding: 0.75rem; background: var(--surface); font-size: 0.9rem; }
  .prose code { font-size: 0.9em; }
  .prose li + li { margin-top: 0.25rem; }
  .source { font-size: 0.9rem; font-style: italic; border-top: 1px solid var(--rule); padding-top: 0.5rem; }
  .article-header { border-bottom: 1px solid var(--rule); padding-bottom: 0.75rem; margin-bottom: 1.25rem; }
  .tags { list-style: none; padding: 0; margin: 0.75rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
  .tag { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 1rem; background: var(--tag);
    font-size: 0.85rem; text-decoration: none; }
  .tag-program { border: 1px solid var(--rule); background: none; }

  /* Lists of entries */
  .entries { list-style: none; padding: 0; margin: 0; }
  .entry { border-top: 1px solid var(--rule); padding: 0.9rem 0; }
  h2 + .entries > .entry:first-child { border-top: 0; padding-top: 0.25rem; }
  .entry-title { margin: 0; font-size: 1.15rem; }
  .entry-title a { color: var(--text); text-decoration: none; }
  .entry-title a:hover { color: var(--accent); text-decoration: underline; }
  .entry-meta { margin: 0.2rem 0; font-size: 0.85rem; }
  .summary { margin: 0.3rem 0 0; }
  .columns { columns: 13rem; column-gap: 2rem; padding: 0; list-style: none; }
  .wide-columns { columns: 20rem; }
  .columns li { break-inside: avoid; padding: 0.15rem 0; }
  .count { font-size: 0.85rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .more { font-weight: 600; }
  .year > h2, .timeline h2, .related h2 { font-family: var(--sans); font-size: 1rem; letter-spacing: 0.08em; color: var(--muted);
    border-bottom: 2px solid var(--strong-rule); padding-bottom: 0.25rem; }

  /* Home page: the latest issue beside recent reports on wide screens */
  .front { display: grid; gap: 0 3rem; }
  .latest-issue h2 { font-size: clamp(1.8rem, 1.3rem + 2vw, 2.5rem); margin: 0.2rem 0 0.5rem; }
  .latest-issue h2 a { color: var(--text); text-decoration: none; }
  .issue-date { display: block; font-family: var(--sans); font-size: 1rem; font-weight: 400; color: var(--muted); }
  .latest-issue .summary { font-family: var(--serif); font-size: 1.1rem; }
  .section-label { margin: 1.5rem 0 0.25rem; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase;
    color: var(--muted); }
  .contents { list-style: none; padding: 0; margin: 0; font-family: var(--serif); font-size: 1.1rem; }
  .contents li { border-top: 1px solid var(--rule); padding: 0.45rem 0; }
  .contents a { color: var(--text); text-decoration: none; }
  .contents a:hover { color: var(--accent); text-decoration: underline; }
  .recent-reports h2, .browse h2 { font-family: var(--sans); font-size: 0.95rem; letter-spacing: 0.08em;
    text-transform: uppercase; border-bottom: 2px solid var(--strong-rule); padding-bottom: 0.3rem; }
  .recent-reports .entry-title { font-size: 1.05rem; }
  @media (min-width: 56rem) {
    .front { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    .recent-reports { border-left: 1px solid var(--rule); padding-left: 2rem; }
    .recent-reports h2 { margin-top: 1rem; }
  }

  /* Issue page */
  .issue-header { border-bottom: 3px double var(--strong-rule); padding-bottom: 0.75rem; }
  .toc { background: var(--surface); padding: 0.25rem 1.25rem 0.75rem; margin: 1.5rem 0; }
  .toc h2 { font-family: var(--sans); font-size: 0.95rem; letter-spacing: 0.08em; text-transform: uppercase; }
  .toc > ol { padding-left: 1.25rem; }
  .toc ol ol { padding-left: 1.25rem; margin: 0.25rem 0 0.75rem; }
  .issue-section > h2 { border-bottom: 2px solid var(--accent); padding-bottom: 0.25rem; margin-top: 3rem; }
  .issue-article { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
  .issue-article h3 a { color: var(--text); text-decoration: none; }

  /* Country and program pages */
  .feed-link { font-size: 0.9rem; margin: 0; }
  .chart { display: block; max-width: 100%; height: auto; font-family: var(--sans); }
  .chart rect { fill: var(--accent); }
  .chart line { stroke: var(--muted); stroke-width: 1; }
  .chart text { fill: var(--muted); font-size: 11px; text-anchor: middle; }
  .chart .value { fill: var(--text); font-weight: 600; }
  .counted { columns: 16rem; column-gap: 2rem; padding: 0; list-style: none; }
  .counted li { break-inside: avoid; padding: 0.15rem 0; }

  /* Article pager and footer */
  .pager ul { list-style: none; padding: 0; margin: 2rem 0 0; display: grid; gap: 0.75rem; }
  .pager a { display: block; padding: 0.75rem 1rem; border: 1px solid var(--rule); text-decoration: none;
    font-family: var(--serif); }
  .pager a:hover { border-color: var(--accent); }
  .pager span { display: block; font-family: var(--sans); font-size: 0.75rem; letter-spacing: 0.06em;
    color: var(--muted); text-transform: uppercase; }
  @media (min-width: 40rem) {
    .pager ul { grid-template-columns: 1fr 1fr; }
    .pager .next { grid-column: 2; text-align: right; }
  }
  .site-footer { max-width: var(--wide); padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem;
    text-align: center; }
  .site-footer::before { content: ""; display: block; border-top: 3px double var(--strong-rule); margin-bottom: 1rem; }
  .site-footer p { margin: 0 0 0.5rem; }
  .footer-links { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; justify-content: center;
    gap: 0.25rem 1.25rem; }

  /* Search: Pagefind's UI in the site's colours and type */
  .search-fallback { border-left: 4px solid var(--accent); background: var(--surface); padding: 0.25rem 1rem; }
  #search .pagefind-ui { --pagefind-ui-scale: 0.9; --pagefind-ui-primary: var(--accent);
    --pagefind-ui-text: var(--text); --pagefind-ui-background: var(--background);
    --pagefind-ui-border: var(--rule); --pagefind-ui-tag: var(--tag); --pagefind-ui-border-width: 1px;
    --pagefind-ui-border-radius: 4px; --pagefind-ui-font: var(--sans); }
  #search .pagefind-ui__result-link { color: var(--accent); font-family: var(--serif); }
  #search .pagefind-ui__result-excerpt { font-family: var(--serif); }
  #search mark { background: var(--tag); color: var(--text); font-weight: 700; }

  @media (max-width: 30rem) {
    .prose { font-size: 1.0625rem; }
    .site-nav ul { gap: 0.1rem 1rem; }
    h2 { font-size: 1.3rem; }
  }

  /* Paper: like the PDF edition. No navigation, each article on a new page, links spelled out. */
  @media print {
    :root { --text: #000; --muted: #333; --background: #fff; --surface: #fff; --accent: #000;
      --rule: #999; --strong-rule: #000; --tag: #fff; font-size: 10.5pt; }
    @page { margin: 18mm 16mm 20mm; }
    .skip-link, .site-nav, .breadcrumbs, .pager, .footer-links, .search, .search-fallback,
      .feed-link { display: none; }
    .masthead { padding-top: 0; }
    main, .breadcrumbs, .masthead, .site-footer { max-width: none; padding-left: 0; padding-right: 0; }
    .dateline { border-bottom: 1px solid #000; padding-bottom: 0.4rem; }
    a { color: inherit; text-decoration: none; }
    .prose a[href^="http"]::after, .source a[href^="http"]::after, .website a::after {
      content: " <" attr(href) ">"; font-size: 0.85em; font-family: var(--sans); overflow-wrap: anywhere; }
    .prose { font-size: 11pt; }
    .toc { border: 1px solid #000; }
    .issue-section > h2 { margin-top: 0; }
    .issue-section { break-before: page; }
    .issue-article { break-before: page; border-top: 0; margin-top: 0; }
    .issue-section > h2 + .issue-article { break-before: auto; }
    h1, h2, h3 { break-after: avoid; }
    p, li, blockquote { orphans: 3; widows: 3; }
    .tag { padding: 0; border: 0; }
    .tag-country::before { content: "Country: "; }
    .tag-program::before { content: "Program: "; }
    .chart rect { fill: #000; }
    .site-footer { text-align: left; }
  }

  """

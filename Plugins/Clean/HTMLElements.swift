/// What the HTML-to-text conversion does with each element, by lower-case tag name.
enum HTMLElements {
    /// Elements whose content is not text at all, or not part of the page's own text: scripts, styles,
    /// embedded media, and page furniture (navigation, asides, footers, forms, figure captions).
    static let dropped: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "nav", "aside", "footer", "form", "button", "select", "figure", "figcaption", "audio", "video", "dialog",
    ]

    /// Elements whose content is raw text up to the matching end tag (no markup inside).
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe"]

    /// Elements that never have an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Elements that start and end a block of text: a paragraph break in the output.
    static let block: Set<String> = [
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "figure",
        "figcaption", "nav", "aside", "footer", "form", "title",
    ]

    /// Words that, as a part of an element's `class` or `id` (split at spaces, `-` and `_`), mark page
    /// furniture: the element and all it contains are dropped.
    static let furnitureNames: Set<String> = [
        "related", "share", "sharing", "social", "newsletter", "comment", "comments", "promo", "advert",
        "advertisement", "sidebar", "footer", "recirc", "recommended", "popular", "subscribe",
        "subscription", "signup", "breadcrumb", "breadcrumbs", "menu", "nav", "navigation", "masthead", "toolbar",
        "tags", "bio", "cookie", "modal", "popup", "consent", "caption", "credit", "copyright",
        "disclaimer", "feedback", "outbrain", "taboola", "teaser", "trending", "widget", "byline",
        "timestamp", "newsletters", "paywall", "skip",
    ]

    /// Words of a `class` or `id` that mark the article itself: an element named with one of them is kept
    /// even if another of its names sounds like furniture ("l-sidebar-fixed l-article-body-segment").
    static let contentNames: Set<String> = [
        "article", "articlepage", "body", "content", "story", "main", "post", "entry", "text", "paragraph",
    ]

    /// Elements that are dropped when their class or id names furniture: containers whose end tag is
    /// never left out (a `<p>` or `<li>` may lack one, and dropping it would swallow what follows).
    static let droppableContainers: Set<String> = [
        "div", "section", "aside", "ul", "ol", "figure", "figcaption", "nav", "footer", "form", "table",
        "dl", "header",
    ]

    /// Table cells: a space between them.
    static let cell: Set<String> = ["td", "th"]

    /// Tag names common enough that two of them make a text HTML (`<SRD>`, a Reuters ticker, is not one).
    static let common: Set<String> = [
        "html", "head", "body", "p", "div", "span", "a", "b", "i", "em", "strong", "br", "script", "style",
        "table", "tr", "td", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "img", "meta", "link",
        "article", "section", "header", "footer", "nav", "title", "blockquote", "pre", "hr", "figure",
    ]
}

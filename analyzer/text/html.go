package text

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extracted is the readable text of an HTML document with its metadata.
type Extracted struct {
	Text      string `json:"text"` // paragraphs separated by blank lines
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD from JSON-LD, <meta> or <time>, "" when none
}

// titles are the title candidates, best first: what the publisher calls the headline
// beats the browser tab's title, which carries the site's name.
type titles struct{ og, jsonld, h1, tab string }

// dates are the publication date candidates, best first: structured data is written
// for machines; a <time> element may be any date in the page.
type dates struct{ jsonld, meta, time string }

func (d dates) best() string {
	for _, s := range []string{d.jsonld, d.meta, d.time} {
		if s != "" {
			return s
		}
	}
	return ""
}

func (t titles) best() string {
	for _, s := range []string{t.og, t.jsonld, t.h1, t.tab} {
		if s != "" {
			return s
		}
	}
	return ""
}

// skipped elements never contribute text: code, styles, embedded media, page chrome.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Head: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Canvas: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Dialog: true,
}

// blocks end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Figure: true, atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Hr: true, atom.Address: true,
	atom.Form: true, atom.Nav: true, atom.Details: true, atom.Summary: true,
}

// ExtractHTML parses an HTML document or fragment (the clipboard's text/html) and returns
// its text. Nothing in it is executed: scripts are read as JSON-LD data or dropped.
func ExtractHTML(src string) Extracted {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // more than 512 open elements: read the tags flat
		return extractFlat(src)
	}
	var ex Extracted
	var tt titles
	var dd dates
	// metadata is read from the whole document; text only from the <article> when the
	// page has one, so that menus and teasers around it stay out.
	readMetadata(root, &dd, &tt)
	body := root
	if a := findArticle(root); a != nil {
		body = a
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		p := collapseSpace(cur.String())
		if p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Br {
				flush()
				return
			}
			if skipped[n.DataAtom] || n.DataAtom == atom.Title || n.DataAtom == atom.Meta {
				return
			}
			if blocks[n.DataAtom] {
				flush()
			}
		}
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			flush()
		}
	}
	walk(body)
	flush()
	ex.Text = strings.Join(paras, "\n\n")
	ex.Title, ex.Published = tt.best(), dd.best()
	return ex
}

// readMetadata collects the publication date and title candidates of the document.
func readMetadata(n *html.Node, dd *dates, tt *titles) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
				readJSONLD(n.FirstChild.Data, dd, tt)
			}
			return
		case atom.Title:
			if tt.tab == "" {
				tt.tab = collapseSpace(nodeText(n))
			}
		case atom.Meta:
			readMeta(n, dd, tt)
		case atom.Time:
			if dd.time == "" {
				dd.time = isoDate(attr(n, "datetime"))
			}
		case atom.H1:
			if tt.h1 == "" {
				tt.h1 = collapseSpace(nodeText(n))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		readMetadata(c, dd, tt)
	}
}

// findArticle returns the <article> element holding the most text, or nil.
func findArticle(n *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			if l := len(nodeText(n)); l > bestLen {
				best, bestLen = n, l
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return best
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func collapseSpace(s string) string { return strings.TrimSpace(collapseRuns(s)) }

// readMeta takes the publication date and title from <meta> tags.
func readMeta(n *html.Node, dd *dates, tt *titles) {
	key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
	content := attr(n, "content")
	switch key {
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
		"dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time":
		if d := isoDate(content); d != "" && dd.meta == "" {
			dd.meta = d
		}
	case "og:title", "twitter:title":
		if tt.og == "" {
			tt.og = collapseSpace(content)
		}
	}
}

// isoDate returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, or "" when
// there is none or it names no day of the calendar (2023-02-31): metadata is not trusted
// further than a --ref-date would be.
func isoDate(s string) string {
	y, m, dd, ok := isoDatePrefix(s)
	if !ok {
		return ""
	}
	d := y + "-" + m + "-" + dd
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}

package text

import (
	"regexp"
	"strings"

	"github.com/tidwall/gjson"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extracted is the readable text of an HTML document with its metadata.
type Extracted struct {
	Text      string // paragraphs separated by blank lines
	Title     string
	Published string // YYYY-MM-DD from JSON-LD, <meta> or <time>, "" when none
}

// skipped elements never contribute text: code, styles, embedded media, page chrome.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Head: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Canvas: true,
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
	if err != nil { // html.Parse only fails on reader errors; keep the text as it is
		return Extracted{Text: src}
	}
	var ex Extracted
	var paras []string
	var cur strings.Builder
	flush := func() {
		p := collapseSpace(cur.String())
		if p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var h1 string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ex)
				}
				return
			case atom.Title:
				if ex.Title == "" {
					ex.Title = collapseSpace(nodeText(n))
				}
				return
			case atom.Meta:
				readMeta(n, &ex)
				return
			case atom.Time:
				if ex.Published == "" {
					ex.Published = isoDate(attr(n, "datetime"))
				}
			case atom.Br:
				flush()
				return
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(nodeText(n))
				}
			}
			if skipped[n.DataAtom] && n.DataAtom != atom.Head {
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
	walk(root)
	flush()
	ex.Text = strings.Join(paras, "\n\n")
	if ex.Title == "" {
		ex.Title = h1
	}
	return ex
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

var spaceRun = regexp.MustCompile(`[\s\x{00A0}]+`)

func collapseSpace(s string) string { return strings.TrimSpace(spaceRun.ReplaceAllString(s, " ")) }

// readMeta takes the publication date and title from <meta> tags.
func readMeta(n *html.Node, ex *Extracted) {
	key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
	content := attr(n, "content")
	switch key {
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
		"dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time":
		if d := isoDate(content); d != "" && ex.Published == "" {
			ex.Published = d
		}
	case "og:title", "twitter:title":
		if ex.Title == "" {
			ex.Title = collapseSpace(content)
		}
	}
}

// readJSONLD reads datePublished and headline from a JSON-LD block, which may be an
// object, an array of objects, or an object with an @graph array.
func readJSONLD(src string, ex *Extracted) {
	if !gjson.Valid(src) {
		return
	}
	var visit func(v gjson.Result)
	visit = func(v gjson.Result) {
		switch {
		case v.IsArray():
			for _, e := range v.Array() {
				visit(e)
			}
		case v.IsObject():
			if d := isoDate(v.Get("datePublished").String()); d != "" && ex.Published == "" {
				ex.Published = d
			}
			if h := v.Get("headline").String(); h != "" && ex.Title == "" {
				ex.Title = collapseSpace(h)
			}
			if g := v.Get("@graph"); g.Exists() {
				visit(g)
			}
		}
	}
	visit(gjson.Parse(src))
}

var isoDateRe = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})`)

// isoDate returns the YYYY-MM-DD prefix of an ISO 8601 date or date-time, or "".
func isoDate(s string) string {
	m := isoDateRe.FindStringSubmatch(s)
	if m == nil || m[2] < "01" || m[2] > "12" || m[3] < "01" || m[3] > "31" {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}

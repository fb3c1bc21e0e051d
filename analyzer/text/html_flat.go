package text

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractFlat reads an HTML document the tree builder refused (more than 512 open
// elements: html.Parse gives up) as a flat run of tags, in one pass and at any depth.
// It keeps what the tree walk keeps: text outside skipped elements, a paragraph break at
// every block, the <article>'s text when there is one, and the same metadata.
func extractFlat(src string) Extracted {
	z := html.NewTokenizer(strings.NewReader(src))
	var tt titles
	var dd dates
	var all, article flatText
	skip, inArticle := 0, 0
	var in atom.Atom // the title, h1 or ld+json script whose text is being read
	var inText strings.Builder
	for {
		kind := z.Next()
		if kind == html.ErrorToken {
			break // io.EOF: the tokenizer reads from a string and fails on nothing else
		}
		tok := z.Token()
		a := tok.DataAtom
		switch kind {
		case html.StartTagToken, html.SelfClosingTagToken:
			readFlatMetadata(tok, &dd, &tt)
			selfClosing := kind == html.SelfClosingTagToken || voidElements[a]
			switch {
			case a == atom.Script && strings.Contains(attrOf(tok, "type"), "ld+json"),
				a == atom.Title && tt.tab == "", a == atom.H1 && tt.h1 == "" && skip == 0:
				in = a
				inText.Reset()
			}
			if a == atom.Br || blocks[a] {
				all.flush()
				article.flush()
			}
			if a == atom.Article && !selfClosing {
				inArticle++
			}
			if (skipped[a] || a == atom.Title) && !selfClosing {
				skip++
			}
		case html.EndTagToken:
			if a == in && in != 0 {
				switch in {
				case atom.Script:
					readJSONLD(inText.String(), &dd, &tt)
				case atom.Title:
					tt.tab = collapseSpace(inText.String())
				case atom.H1:
					tt.h1 = collapseSpace(inText.String())
				}
				in = 0
			}
			if (skipped[a] || a == atom.Title) && skip > 0 {
				skip--
			}
			if a == atom.Article && inArticle > 0 {
				inArticle--
			}
			if blocks[a] {
				all.flush()
				article.flush()
			}
		case html.TextToken:
			if in != 0 {
				inText.WriteString(tok.Data)
			}
			if skip == 0 {
				all.cur.WriteString(tok.Data)
				if inArticle > 0 {
					article.cur.WriteString(tok.Data)
				}
			}
		}
	}
	all.flush()
	article.flush()
	body := all
	if len(article.paras) > 0 {
		body = article
	}
	return Extracted{Text: strings.Join(body.paras, "\n\n"), Title: tt.best(), Published: dd.best()}
}

// flatText gathers paragraphs of text.
type flatText struct {
	paras []string
	cur   strings.Builder
}

func (f *flatText) flush() {
	if p := collapseSpace(f.cur.String()); p != "" {
		f.paras = append(f.paras, p)
	}
	f.cur.Reset()
}

// readFlatMetadata reads the metadata carried by a tag's attributes.
func readFlatMetadata(tok html.Token, dd *dates, tt *titles) {
	switch tok.DataAtom {
	case atom.Meta:
		readMeta(&html.Node{Type: html.ElementNode, DataAtom: atom.Meta, Attr: tok.Attr}, dd, tt)
	case atom.Time:
		if dd.time == "" {
			dd.time = isoDate(attrOf(tok, "datetime"))
		}
	}
}

func attrOf(tok html.Token, key string) string {
	return attr(&html.Node{Attr: tok.Attr}, key)
}

// voidElements have no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

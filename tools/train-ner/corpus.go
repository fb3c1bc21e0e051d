package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

// unlabeled reads the news in DATA/corpora (Reuters-21578 bodies and titles, BBC
// articles) and calls f with each sentence's words (normalised forms), in a fixed order.
func unlabeled(data string, f func(words []string)) error {
	sgm, _ := filepath.Glob(filepath.Join(data, "corpora", "reuters21578", "*.sgm"))
	sort.Strings(sgm)
	body := regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range body.FindAllSubmatch(b, -1) {
			t := strings.TrimSuffix(strings.TrimSpace(string(m[1])), "Reuter")
			sentences(html.UnescapeString(strings.ToValidUTF8(t, " ")), f)
		}
	}
	var bbc []string
	filepath.WalkDir(filepath.Join(data, "corpora", "bbc"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.EqualFold(filepath.Base(p), "README.TXT") {
			bbc = append(bbc, p)
		}
		return nil
	})
	sort.Strings(bbc)
	for _, p := range bbc {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sentences(strings.ToValidUTF8(string(b), " "), f)
	}
	return nil
}

// sentences segments a text with the project's own segmenter.
func sentences(t string, f func([]string)) {
	d := &doc.Doc{Text: t}
	text.Segment(d)
	for i := range d.Sentences {
		toks := d.SentenceTokens(i)
		words := make([]string, len(toks))
		for j, tk := range toks {
			words[j] = tk.Norm
		}
		f(words)
	}
}

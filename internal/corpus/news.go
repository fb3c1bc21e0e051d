package corpus

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// NewsTexts calls f with each text of the unlabeled news under data/corpora, in a fixed
// order: the bodies of Reuters-21578 (its .sgm files in name order; entities decoded,
// the closing "Reuter" cut), then the BBC articles (every .txt under bbc but its README,
// in path order). Invalid UTF-8 becomes a space. A corpus that is not there gives no
// texts and no error.
func NewsTexts(data string, f func(text string)) error {
	if err := reutersBodies(filepath.Join(data, "corpora", "reuters21578"), f); err != nil {
		return err
	}
	return bbcArticles(filepath.Join(data, "corpora", "bbc"), f)
}

var reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

func reutersBodies(dir string, f func(string)) error {
	sgm, _ := filepath.Glob(filepath.Join(dir, "*.sgm"))
	sort.Strings(sgm)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range reutersBody.FindAllSubmatch(b, -1) {
			t := strings.TrimSuffix(strings.TrimSpace(string(m[1])), "Reuter")
			f(html.UnescapeString(strings.ToValidUTF8(t, " ")))
		}
	}
	return nil
}

func bbcArticles(dir string, f func(string)) error {
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.EqualFold(filepath.Base(p), "README.TXT") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f(strings.ToValidUTF8(string(b), " "))
	}
	return nil
}

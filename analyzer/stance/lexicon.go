package stance

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// lexicon.txt is derived by tools/train-stance from the VADER lexicon (MIT, Hutto &
// Gilbert 2014) and the Hu & Liu opinion lexicon (Hu and Liu, "Mining and Summarizing
// Customer Reviews", KDD 2004), with news-specific fixes: words that name people,
// parties and institutions are dropped, and words that report violence or disaster are
// flagged as events, not opinions. One entry a line: word TAB score (-1..1) [TAB e].
//
//go:embed lexicon.txt
var lexiconData string

// Lexicon maps a lower-case word to its prior polarity.
type Lexicon struct {
	words map[string]lexEntry
}

type lexEntry struct {
	score float32 // -1..1
	event bool    // a factual report of violence or disaster, not an opinion
}

var (
	defaultLexOnce sync.Once
	defaultLex     *Lexicon
)

// DefaultLexicon returns the embedded lexicon, parsed on first use.
func DefaultLexicon() *Lexicon {
	defaultLexOnce.Do(func() { defaultLex = ParseLexicon(lexiconData) })
	return defaultLex
}

// ParseLexicon reads the lexicon format written by tools/train-stance; malformed lines
// are skipped.
func ParseLexicon(data string) *Lexicon {
	l := &Lexicon{words: make(map[string]lexEntry, 8192)}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 32)
		if err != nil {
			continue
		}
		l.words[f[0]] = lexEntry{score: float32(v), event: len(f) > 2 && f[2] == "e"}
	}
	return l
}

// Score returns the prior polarity of a lower-case word and whether it is an event word.
// An inflected form missing from the lexicon takes its base form's entry ("wrecking",
// "wrecked", "wrecks" -> "wreck"): the source lexicons list mostly one form a word.
func (l *Lexicon) Score(w string) (score float32, event, ok bool) {
	if e, ok := l.words[w]; ok {
		return e.score, e.event, true
	}
	var buf [4]string
	for _, base := range baseForms(w, buf[:0]) {
		if e, ok := l.words[base]; ok {
			return e.score, e.event, true
		}
	}
	return 0, false, false
}

// baseForms appends the candidate base forms of an English inflected word, most likely
// first: -ing, -ed, -s and -es endings with the usual spelling changes (a dropped e,
// a doubled consonant, y -> ie). Words of four letters or fewer are left alone ("sing",
// "bed", "news" are not inflections).
func baseForms(w string, out []string) []string {
	n := len(w)
	if n <= 4 {
		return out
	}
	doubled := func(stem string) bool { k := len(stem); return k >= 3 && stem[k-1] == stem[k-2] }
	switch {
	case strings.HasSuffix(w, "ing"):
		stem := w[:n-3]
		out = append(out, stem, stem+"e")
		if doubled(stem) {
			out = append(out, stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ied"):
		out = append(out, w[:n-3]+"y")
	case strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		out = append(out, stem, w[:n-1])
		if doubled(stem) {
			out = append(out, stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ies"):
		out = append(out, w[:n-3]+"y")
	case strings.HasSuffix(w, "es"):
		out = append(out, w[:n-1], w[:n-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		out = append(out, w[:n-1])
	}
	return out
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.words) }

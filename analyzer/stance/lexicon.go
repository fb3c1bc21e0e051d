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
func (l *Lexicon) Score(w string) (score float32, event, ok bool) {
	e, ok := l.words[w]
	return e.score, e.event, ok
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.words) }

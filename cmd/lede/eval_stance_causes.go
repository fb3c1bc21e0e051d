package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"lede/analyzer/doc"
	"lede/internal/corpus"
)

// The causes of a missed gold edge, from the first that holds: the holder or the target
// is no actor of the report (the entity stage's part), the system gave the pair the other
// side, the pair is linked (a relation) but given no side, both actors are mentioned in
// one sentence but not linked (a predicate or quote reading missed it), or no sentence
// mentions both (the evidence spans sentences or a description, not a name).
const (
	causeNoHolder   = "no holder actor"
	causeNoTarget   = "no target actor"
	causeWrongSide  = "wrong side"
	causeRelation   = "linked, no side"
	causeUnlinked   = "in one sentence, unlinked"
	causeNoSentence = "no shared sentence"
)

// missCauses counts the causes of the missed edges over the whole set, for the
// summary at the end of the error list.
type missCauses map[string]int

// missCause is the cause of missing gold edge e (see above).
func missCause(d *doc.Doc, ans corpus.StanceAnswer, e corpus.StanceGoldEdge, m corpus.StanceMiss) string {
	switch {
	case m.NoHolder:
		return causeNoHolder
	case m.NoTarget:
		return causeNoTarget
	}
	for _, s := range ans.Edges {
		if s.Label != e.Label && (s.Label == "for" || s.Label == "against") &&
			corpus.AnyNameIn(ans.Names[s.Holder], e.Holder, e.HolderAliases) &&
			corpus.AnyNameIn(ans.Names[s.Target], e.Target, e.TargetAliases) {
			return causeWrongSide
		}
	}
	if m.Relation {
		return causeRelation
	}
	holders, targets := matchingActors(ans, e.Holder, e.HolderAliases), matchingActors(ans, e.Target, e.TargetAliases)
	inSentence := func(set map[int]bool) map[int]bool {
		out := map[int]bool{}
		for _, mn := range d.Mentions {
			if set[mn.Actor] {
				out[mn.Sentence] = true
			}
		}
		// a quote's speaker holds what its sentences say
		for _, q := range d.Quotes {
			if set[q.Speaker] {
				for si, s := range d.Sentences {
					if s.Span.Overlaps(q.Span) {
						out[si] = true
					}
				}
			}
		}
		return out
	}
	hs, ts := inSentence(holders), inSentence(targets)
	for si := range hs {
		if ts[si] {
			return causeUnlinked
		}
	}
	return causeNoSentence
}

// matchingActors are the Doc indices of the report's actors that bear the gold name or
// one of its aliases (report ids are "a" + index + 1).
func matchingActors(ans corpus.StanceAnswer, name string, aliases []string) map[int]bool {
	out := map[int]bool{}
	for id, ns := range ans.Names {
		if !corpus.AnyNameIn(ns, name, aliases) {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimPrefix(id, "a")); err == nil && n > 0 {
			out[n-1] = true
		}
	}
	return out
}

// write lists the causes, most frequent first.
func (c missCauses) write(w io.Writer) {
	if w == io.Discard || len(c) == 0 {
		return
	}
	var names []string
	for k := range c {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return c[names[i]] > c[names[j]] || c[names[i]] == c[names[j]] && names[i] < names[j]
	})
	for _, k := range names {
		fmt.Fprintf(w, "CAUSE\t%d\t%s\n", c[k], k)
	}
}

package analyzer

import (
	"slices"

	"lede/analyzer/doc"
)

type ReportMention struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Type     string  `json:"type"`
	Kind     string  `json:"kind"`
	Actor    *string `json:"actor"`
	Polarity float64 `json:"polarity"`
}

type ReportActor struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Type         string   `json:"type"`
	Aliases      []string `json:"aliases"`
	Roles        []string `json:"roles"`
	MentionCount int      `json:"mentionCount"`
	Salience     float64  `json:"salience"`
	Anonymous    bool     `json:"anonymous,omitempty"`
	// Gender is "male" or "female" for a person when known (given name, honorific or
	// the pronouns linked to it), else omitted.
	Gender string `json:"gender,omitempty"`
	// Corrected says an editor's correction renamed, retyped, merged or split it.
	Corrected bool `json:"corrected,omitempty"`
}

func genderName(g doc.Gender) string {
	switch g {
	case doc.GenderMale:
		return "male"
	case doc.GenderFemale:
		return "female"
	}
	return ""
}

// addActors reports mentions and actors.
func (r *Report) addActors(d *doc.Doc, u func(int) int) {
	// Grown once (a long paste has tens of thousands of mentions); still nil when empty.
	r.Mentions = slices.Grow(r.Mentions, len(d.Mentions))
	// one id string per actor, shared by its mentions (not one allocation per mention)
	actorIDs := make([]*string, len(d.Actors))
	actorID := func(a int) *string {
		if a < 0 || a >= len(actorIDs) {
			return optID("a", a)
		}
		if actorIDs[a] == nil {
			actorIDs[a] = optID("a", a)
		}
		return actorIDs[a]
	}
	for mi, m := range d.Mentions {
		r.Mentions = append(r.Mentions, ReportMention{
			Start: u(m.Start), End: u(m.End), Text: d.Slice(m.Span),
			Type: m.Type.String(), Kind: m.Kind.String(),
			Actor: actorID(m.Actor), Polarity: round2(d.PolarityOf(mi)),
		})
	}
	r.Actors = slices.Grow(r.Actors, len(d.Actors))
	for i, a := range d.Actors {
		r.Actors = append(r.Actors, ReportActor{
			ID: id("a", i), Name: a.Name, Type: a.Type.String(),
			Aliases: nonNil(a.Aliases), Roles: nonNil(a.Roles),
			MentionCount: len(a.Mentions), Salience: round2(a.Salience), Anonymous: a.Anonymous,
			Gender: genderName(a.Gender), Corrected: a.Corrected,
		})
	}
}

package quote

import (
	"fmt"
	"strings"
	"testing"

	"lede/analyzer/doc"
	"lede/internal/golden"
)

// TestGoldenLinked runs Find on each testdata/linked/*.txt, texts in which the entity
// stage's work is written by hand, and compares the quotes (with the linked actor's
// name) with the .json beside it; -update rewrites them. The markup:
//
//	# male: Tim Cook; Hugh Ray
//	# female: Ann Lee
//	[Apple|ORG] chief [Tim Cook|PER] said ... "[He|PER=Tim Cook] ..."
//
// [words|TYPE] is a name mention of the actor called words; [words|TYPE=Name] a mention
// of actor Name (a pronoun when the words are a pronoun). The header lines give genders.
func TestGoldenLinked(t *testing.T) {
	golden.ForEach(t, "testdata/linked/*.txt", func(t *testing.T, raw, want string) {
		d, err := parseLinked(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := Find(d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
		golden.Expect(t, want, goldenQuotes(d))
	})
}

var linkedTypes = map[string]doc.EntityType{"PER": doc.EntPerson, "ORG": doc.EntOrg, "LOC": doc.EntLoc, "MISC": doc.EntMisc}

// parseLinked builds a segmented Doc with the mentions and actors the markup gives.
func parseLinked(src string) (*doc.Doc, error) {
	gender := map[string]doc.Gender{}
	var body strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if rest, ok := strings.CutPrefix(line, "# male:"); ok {
			for _, n := range strings.Split(rest, ";") {
				gender[strings.TrimSpace(n)] = doc.GenderMale
			}
			continue
		}
		if rest, ok := strings.CutPrefix(line, "# female:"); ok {
			for _, n := range strings.Split(rest, ";") {
				gender[strings.TrimSpace(n)] = doc.GenderFemale
			}
			continue
		}
		body.WriteString(line)
	}
	type pending struct {
		span  doc.Span
		typ   doc.EntityType
		actor string
	}
	var ms []pending
	var b strings.Builder
	s := body.String()
	for i := 0; i < len(s); {
		if s[i] != '[' {
			b.WriteByte(s[i])
			i++
			continue
		}
		end := strings.IndexByte(s[i:], ']')
		bar := strings.IndexByte(s[i:], '|')
		if end < 0 || bar < 0 || bar > end {
			return nil, fmt.Errorf("bad mention at byte %d", i)
		}
		words, tag := s[i+1:i+bar], s[i+bar+1:i+end]
		typName, actor, ok := strings.Cut(tag, "=")
		if !ok {
			actor = words
		}
		typ, known := linkedTypes[typName]
		if !known {
			return nil, fmt.Errorf("unknown type %q at byte %d", typName, i)
		}
		start := b.Len()
		b.WriteString(words)
		ms = append(ms, pending{doc.Span{Start: start, End: b.Len()}, typ, actor})
		i += end + 1
	}
	d := segmentDoc(b.String())
	index := map[string]int{}
	for _, m := range ms {
		a, seen := index[m.actor]
		if !seen {
			a = len(d.Actors)
			index[m.actor] = a
			d.Actors = append(d.Actors, doc.Actor{Name: m.actor, Type: m.typ, Gender: gender[m.actor]})
		}
		kind := doc.MentionName
		if w := strings.ToLower(d.Slice(m.span)); isSubjectPronoun(w) || isObjectPronoun(w) {
			kind = doc.MentionPronoun
		}
		d.AddMention(doc.Mention{Span: m.span, Type: m.typ, Kind: kind, Actor: a, Sentence: d.SentenceAt(m.span.Start)})
	}
	return d, nil
}

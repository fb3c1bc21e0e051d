package analyzer

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the report's JSON to dst, byte for byte what json.Marshal writes
// (escapeHTML true) or an Encoder with SetEscapeHTML(false) without its newline
// (escapeHTML false), by code written for these types rather than by reflection:
// encoding/json's first use builds an encoder for every type of the report, which was 9%
// of the page's first analysis. TestAppendJSONIsMarshal holds it to json.Marshal on the
// pipeline goldens and on reports with every field filled at random, so a field added
// to a report type without a line here fails there. An error is json.Marshal's: a
// float that is NaN or infinite.
func (r *Report) AppendJSON(dst []byte, escapeHTML bool) ([]byte, error) {
	w := jsonWriter{b: dst, html: escapeHTML}
	w.report(r)
	return w.b, w.err
}

// jsonWriter appends JSON values; the first unsupported value is kept in err. Its
// helpers are marked go:noinline: inlined at each of the hundred-odd fields, their
// appends made the writer 280 KB of wasm code (tools/wasm-size) instead of about 30.
type jsonWriter struct {
	b    []byte
	html bool
	err  error
}

// key writes `,"name":` (no comma for the first field of an object: first is true).
//
//go:noinline
func (w *jsonWriter) key(first bool, name string) {
	if !first {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
}

const jsonHex = "0123456789abcdef"

// str is encoding/json's string encoding: the escapes \" \\ \b \f \n \r \t, \u00XX for
// other control bytes (and < > & when escaping HTML), \ufffd for each invalid byte, and
// \u2028 \u2029 always.
//
//go:noinline
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!w.html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', jsonHex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

//go:noinline
func (w *jsonWriter) int(i int) { w.b = strconv.AppendInt(w.b, int64(i), 10) }

//go:noinline
func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float is encoding/json's float64: ES6 number formatting ('f', or 'e' below 1e-6 and
// from 1e21, with "e-09" written "e-9").
//
//go:noinline
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.b = append(w.b, '0') // the output is not used when err is set
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	w.b = b
}

// byte appends one byte (a brace: not inlined, as the other helpers).
//
//go:noinline
func (w *jsonWriter) byte(c byte) { w.b = append(w.b, c) }

//go:noinline
func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

//go:noinline
func (w *jsonWriter) strPtr(p *string) {
	if p == nil {
		w.null()
		return
	}
	w.str(*p)
}

//go:noinline
func (w *jsonWriter) intPtr(p *int) {
	if p == nil {
		w.null()
		return
	}
	w.int(*p)
}

// list writes a slice: null when nil, else its elements by each.
func list[T any](w *jsonWriter, s []T, each func(*T)) {
	if s == nil {
		w.null()
		return
	}
	w.b = append(w.b, '[')
	for i := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		each(&s[i])
	}
	w.b = append(w.b, ']')
}

//go:noinline
func (w *jsonWriter) strs(s []string) { list(w, s, func(v *string) { w.str(*v) }) }

func (w *jsonWriter) report(r *Report) {
	if r == nil {
		w.null()
		return
	}
	w.byte('{')
	w.key(true, "schema")
	w.str(r.Schema)
	if r.ID != "" {
		w.key(false, "id")
		w.str(r.ID)
	}
	if r.Text != "" {
		w.key(false, "text")
		w.str(r.Text)
	}
	if r.Title != "" {
		w.key(false, "title")
		w.str(r.Title)
	}
	w.key(false, "refDate")
	w.str(r.RefDate)
	w.key(false, "refDateSource")
	w.str(r.RefDateSource)
	if r.RefDateDisplay != "" {
		w.key(false, "refDateDisplay")
		w.str(r.RefDateDisplay)
	}
	w.key(false, "stats")
	w.stats(&r.Stats)
	w.key(false, "mentions")
	list(w, r.Mentions, w.mention)
	w.key(false, "actors")
	list(w, r.Actors, w.actor)
	w.key(false, "quotes")
	list(w, r.Quotes, w.quote)
	w.key(false, "timexes")
	list(w, r.Timexes, w.timex)
	w.key(false, "events")
	list(w, r.Events, w.event)
	if r.TimeSpan != nil {
		w.key(false, "timeSpan")
		w.timeSpan(r.TimeSpan)
	}
	w.key(false, "stance")
	list(w, r.Stance, w.stance)
	w.key(false, "tone")
	list(w, r.Tone, w.tone)
	w.key(false, "relations")
	list(w, r.Relations, w.relation)
	if len(r.Targets) > 0 {
		w.key(false, "targets")
		list(w, r.Targets, w.target)
	}
	w.key(false, "language")
	w.language(&r.Language)
	if r.Corrections != nil {
		w.key(false, "corrections")
		w.corrections(r.Corrections)
	}
	w.byte('}')
}

func (w *jsonWriter) stats(s *Stats) {
	w.byte('{')
	w.key(true, "chars")
	w.int(s.Chars)
	w.key(false, "words")
	w.int(s.Words)
	w.key(false, "sentences")
	w.int(s.Sentences)
	w.key(false, "paragraphs")
	w.int(s.Paragraphs)
	w.byte('}')
}

func (w *jsonWriter) mention(m *ReportMention) {
	w.byte('{')
	w.key(true, "start")
	w.int(m.Start)
	w.key(false, "end")
	w.int(m.End)
	w.key(false, "text")
	w.str(m.Text)
	w.key(false, "type")
	w.str(m.Type)
	w.key(false, "kind")
	w.str(m.Kind)
	w.key(false, "actor")
	w.strPtr(m.Actor)
	w.key(false, "polarity")
	w.float(m.Polarity)
	w.byte('}')
}

func (w *jsonWriter) actor(a *ReportActor) {
	w.byte('{')
	w.key(true, "id")
	w.str(a.ID)
	w.key(false, "name")
	w.str(a.Name)
	w.key(false, "type")
	w.str(a.Type)
	w.key(false, "aliases")
	w.strs(a.Aliases)
	w.key(false, "roles")
	w.strs(a.Roles)
	w.key(false, "mentionCount")
	w.int(a.MentionCount)
	w.key(false, "salience")
	w.float(a.Salience)
	if a.Anonymous {
		w.key(false, "anonymous")
		w.bool(true)
	}
	if a.Gender != "" {
		w.key(false, "gender")
		w.str(a.Gender)
	}
	if a.Corrected {
		w.key(false, "corrected")
		w.bool(true)
	}
	w.byte('}')
}

func (w *jsonWriter) offsets(o *Offsets) {
	w.byte('{')
	w.key(true, "start")
	w.int(o.Start)
	w.key(false, "end")
	w.int(o.End)
	w.byte('}')
}

func (w *jsonWriter) quote(q *ReportQuote) {
	w.byte('{')
	w.key(true, "id")
	w.str(q.ID)
	w.key(false, "kind")
	w.str(q.Kind)
	w.key(false, "start")
	w.int(q.Start)
	w.key(false, "end")
	w.int(q.End)
	w.key(false, "text")
	w.str(q.Text)
	w.key(false, "quoted")
	list(w, q.Quoted, w.offsets)
	w.key(false, "speaker")
	w.strPtr(q.Speaker)
	w.key(false, "speakerText")
	w.str(q.SpeakerText)
	w.key(false, "speakerStart")
	w.intPtr(q.SpeakerStart)
	w.key(false, "speakerEnd")
	w.intPtr(q.SpeakerEnd)
	w.key(false, "cue")
	w.str(q.Cue)
	w.key(false, "cueStart")
	w.intPtr(q.CueStart)
	w.key(false, "cueEnd")
	w.intPtr(q.CueEnd)
	if q.Outlet != "" {
		w.key(false, "outlet")
		w.str(q.Outlet)
	}
	w.key(false, "inferred")
	w.bool(q.Inferred)
	if q.Corrected {
		w.key(false, "corrected")
		w.bool(true)
	}
	w.byte('}')
}

func (w *jsonWriter) timex(t *ReportTimex) {
	w.byte('{')
	w.key(true, "id")
	w.str(t.ID)
	w.key(false, "start")
	w.int(t.Start)
	w.key(false, "end")
	w.int(t.End)
	w.key(false, "text")
	w.str(t.Text)
	w.key(false, "type")
	w.str(t.Type)
	w.key(false, "value")
	w.str(t.Value)
	w.key(false, "mod")
	w.str(t.Mod)
	if t.Quant != "" {
		w.key(false, "quant")
		w.str(t.Quant)
	}
	w.key(false, "resolved")
	w.bool(t.Resolved)
	if t.Anchor != "" {
		w.key(false, "anchor")
		w.str(t.Anchor)
	}
	w.key(false, "display")
	w.str(t.Display)
	w.byte('}')
}

func (w *jsonWriter) event(e *ReportEvent) {
	w.byte('{')
	w.key(true, "id")
	w.str(e.ID)
	w.key(false, "timex")
	w.str(e.Timex)
	w.key(false, "value")
	w.str(e.Value)
	w.key(false, "granularity")
	w.str(e.Granularity)
	w.key(false, "start")
	w.int(e.Start)
	w.key(false, "end")
	w.int(e.End)
	w.key(false, "text")
	w.str(e.Text)
	w.key(false, "timexText")
	w.str(e.TimexText)
	w.key(false, "resolved")
	w.bool(e.Resolved)
	w.key(false, "actors")
	w.strs(e.Actors)
	w.key(false, "display")
	w.str(e.Display)
	for _, f := range [...]struct{ name, v string }{{"anchor", e.Anchor}, {"from", e.From}, {"to", e.To}} {
		if f.v != "" {
			w.key(false, f.name)
			w.str(f.v)
		}
	}
	if len(e.About) > 0 {
		w.key(false, "about")
		w.strs(e.About)
	}
	w.byte('}')
}

func (w *jsonWriter) timeSpan(t *ReportTimeSpan) {
	w.byte('{')
	w.key(true, "from")
	w.str(t.From)
	w.key(false, "to")
	w.str(t.To)
	w.key(false, "display")
	w.str(t.Display)
	w.byte('}')
}

func (w *jsonWriter) span(s *ReportSpan) {
	w.byte('{')
	w.key(true, "start")
	w.int(s.Start)
	w.key(false, "end")
	w.int(s.End)
	w.byte('}')
}

func (w *jsonWriter) stance(s *ReportStance) {
	w.byte('{')
	w.key(true, "holder")
	w.strPtr(s.Holder)
	w.key(false, "target")
	w.str(s.Target)
	w.key(false, "polarity")
	w.float(s.Polarity)
	w.key(false, "label")
	w.str(s.Label)
	w.key(false, "evidence")
	w.strs(s.Evidence)
	if len(s.Sentences) > 0 {
		w.key(false, "sentences")
		w.strs(s.Sentences)
	}
	w.key(false, "evidenceSpans")
	list(w, s.EvidenceSpans, w.span)
	if p := s.Predicate; p != nil {
		w.key(false, "predicate")
		w.byte('{')
		w.key(true, "start")
		w.int(p.Start)
		w.key(false, "end")
		w.int(p.End)
		w.key(false, "lemma")
		w.str(p.Lemma)
		w.byte('}')
	}
	w.byte('}')
}

func (w *jsonWriter) tone(t *ReportTone) {
	w.byte('{')
	w.key(true, "actor")
	w.str(t.Actor)
	w.key(false, "polarity")
	w.float(t.Polarity)
	w.key(false, "label")
	w.str(t.Label)
	w.key(false, "sentences")
	w.strs(t.Sentences)
	w.key(false, "sentenceSpans")
	list(w, t.SentenceSpans, w.span)
	w.byte('}')
}

func (w *jsonWriter) relation(r *ReportRelation) {
	w.byte('{')
	w.key(true, "holder")
	w.str(r.Holder)
	w.key(false, "target")
	w.str(r.Target)
	w.key(false, "evidence")
	w.strs(r.Evidence)
	w.key(false, "evidenceSpans")
	list(w, r.EvidenceSpans, w.span)
	w.byte('}')
}

func (w *jsonWriter) target(t *ReportTarget) {
	w.byte('{')
	w.key(true, "start")
	w.int(t.Start)
	w.key(false, "end")
	w.int(t.End)
	w.key(false, "polarity")
	w.float(t.Polarity)
	w.key(false, "label")
	w.str(t.Label)
	w.byte('}')
}

func (w *jsonWriter) language(l *ReportLanguage) {
	w.byte('{')
	w.key(true, "english")
	w.bool(l.English)
	w.key(false, "functionWordShare")
	w.float(l.FunctionWordShare)
	w.key(false, "words")
	w.int(l.Words)
	if l.Notice != "" {
		w.key(false, "notice")
		w.str(l.Notice)
	}
	w.byte('}')
}

func (w *jsonWriter) textSpan(name string, t *TextSpan) {
	if t == nil {
		return // every TextSpan field of a Correction is omitempty
	}
	w.key(false, name)
	w.byte('{')
	w.key(true, "start")
	w.int(t.Start)
	w.key(false, "end")
	w.int(t.End)
	w.key(false, "text")
	w.str(t.Text)
	w.byte('}')
}

func (w *jsonWriter) correction(c *Correction) {
	w.byte('{')
	w.key(true, "op")
	w.str(c.Op)
	w.textSpan("mention", c.Mention)
	w.textSpan("into", c.Into)
	if c.Name != "" {
		w.key(false, "name")
		w.str(c.Name)
	}
	if c.Type != "" {
		w.key(false, "type")
		w.str(c.Type)
	}
	w.textSpan("quote", c.Quote)
	w.textSpan("speaker", c.Speaker)
	w.textSpan("holder", c.Holder)
	w.textSpan("target", c.Target)
	w.byte('}')
}

func (w *jsonWriter) corrections(c *ReportCorrections) {
	w.byte('{')
	w.key(true, "list")
	list(w, c.List, w.correction)
	w.key(false, "applied")
	w.int(c.Applied)
	w.key(false, "unapplied")
	list(w, c.Unapplied, func(u *ReportUnapplied) {
		w.byte('{')
		w.key(true, "index")
		w.int(u.Index)
		w.key(false, "op")
		w.str(u.Op)
		w.key(false, "reason")
		w.str(u.Reason)
		w.byte('}')
	})
	w.byte('}')
}

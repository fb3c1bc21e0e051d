package corpus

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"lede/analyzer/doc"
)

// TimeML is what one TimeML file (TimeBank, AQUAINT) says: the <TEXT> without its tags
// (entities decoded), the document's creation date, its time expressions, the spans of
// its expressions and events by id, and which event each expression of the text anchors.
// Spans are byte spans of Text.
type TimeML struct {
	Text    string
	DCT     string        // the document's creation date, YYYY-MM-DD ("" when none)
	Timexes []TimeMLTimex // the TIMEX3 of the text, by start
	// TimexSpans and Events are the spans of the TIMEX3 (by tid) and EVENT (by eid) tags.
	TimexSpans map[string]doc.Span
	Events     map[string]doc.Span
	// Anchors are the TLINKs that place an event at a time expression of the text (tid,
	// eid; AnchorRelations), the creation time left out.
	Anchors [][2]string
}

// TimeMLTimex is one TIMEX3: its span, type (DATE, TIME, DURATION, SET) and value.
type TimeMLTimex struct {
	doc.Span
	Type, Value string
}

// AnchorRelations are the TimeML relations that place an event at a time of the text
// (the time includes it, it includes the time, they coincide, one begins or ends the
// other); BEFORE and AFTER place it elsewhere.
var AnchorRelations = map[string]bool{"INCLUDES": true, "IS_INCLUDED": true, "DURING": true, "DURING_INV": true,
	"SIMULTANEOUS": true, "IDENTITY": true, "BEGINS": true, "ENDS": true, "BEGUN_BY": true, "ENDED_BY": true}

var (
	tmlDCT  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]*)"`)
	tmlAttr = regexp.MustCompile(`(\w+)="([^"]*)"`)
	tmlTag  = regexp.MustCompile(`<[^>]*>`)
)

// TimeMLFiles lists the .tml files under dir, in name order; none is an error.
func TimeMLFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .tml files under %s", dir)
	}
	sort.Strings(files)
	return files, nil
}

// ReadTimeML reads and parses one TimeML file.
func ReadTimeML(path string) (*TimeML, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t, err := ParseTimeML(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// ParseTimeML parses a TimeML document; one without <TEXT> is an error.
func ParseTimeML(src string) (*TimeML, error) {
	t := &TimeML{TimexSpans: map[string]doc.Span{}, Events: map[string]doc.Span{}}
	if m := tmlDCT.FindStringSubmatch(src); m != nil && len(m[1]) >= 10 {
		t.DCT = m[1][:10]
	}
	a := strings.Index(src, "<TEXT>")
	b := strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		return nil, fmt.Errorf("no <TEXT>")
	}
	t.readText(src[a+len("<TEXT>") : b])
	t.readAnchors(src)
	return t, nil
}

// readText strips the tags of the <TEXT> body, noting where each TIMEX3 and EVENT opens
// and closes (each kind closes the last of its kind opened).
func (t *TimeML) readText(body string) {
	type open struct {
		id    string
		start int
		timex TimeMLTimex
	}
	var timexes, events []open
	var sb strings.Builder
	last := 0
	for _, loc := range tmlTag.FindAllStringIndex(body, -1) {
		sb.WriteString(html.UnescapeString(body[last:loc[0]]))
		last = loc[1]
		tag := body[loc[0]:loc[1]]
		switch {
		case strings.HasPrefix(tag, "<TIMEX3"):
			attrs := tagAttrs(tag)
			timexes = append(timexes, open{attrs["tid"], sb.Len(), TimeMLTimex{Type: attrs["type"], Value: attrs["value"]}})
		case strings.HasPrefix(tag, "<EVENT"):
			events = append(events, open{id: tagAttrs(tag)["eid"], start: sb.Len()})
		case strings.HasPrefix(tag, "</TIMEX3") && len(timexes) > 0:
			o := timexes[len(timexes)-1]
			timexes = timexes[:len(timexes)-1]
			o.timex.Span = doc.Span{Start: o.start, End: sb.Len()}
			t.Timexes = append(t.Timexes, o.timex)
			t.TimexSpans[o.id] = o.timex.Span
		case strings.HasPrefix(tag, "</EVENT") && len(events) > 0:
			o := events[len(events)-1]
			events = events[:len(events)-1]
			t.Events[o.id] = doc.Span{Start: o.start, End: sb.Len()}
		}
	}
	sb.WriteString(html.UnescapeString(body[last:]))
	t.Text = sb.String()
	sort.Slice(t.Timexes, func(i, j int) bool { return t.Timexes[i].Start < t.Timexes[j].Start })
}

// readAnchors reads the event-time TLINKs of the whole file (they follow the text),
// keeping those between an expression of the text and an event of the text.
func (t *TimeML) readAnchors(src string) {
	dct := map[string]bool{}
	instance := map[string]string{} // eiid -> eid
	var links [][2]string           // tid, eiid
	for _, tag := range tmlTag.FindAllString(src, -1) {
		if !strings.HasPrefix(tag, "<TIMEX3") && !strings.HasPrefix(tag, "<MAKEINSTANCE") && !strings.HasPrefix(tag, "<TLINK") {
			continue
		}
		attrs := tagAttrs(tag)
		switch {
		case strings.HasPrefix(tag, "<TIMEX3") && attrs["functionInDocument"] == "CREATION_TIME":
			dct[attrs["tid"]] = true
		case strings.HasPrefix(tag, "<MAKEINSTANCE"):
			instance[attrs["eiid"]] = attrs["eventID"]
		case strings.HasPrefix(tag, "<TLINK") && attrs["timeID"] != "" && attrs["relatedToEventInstance"] != "" && AnchorRelations[attrs["relType"]]:
			links = append(links, [2]string{attrs["timeID"], attrs["relatedToEventInstance"]})
		case strings.HasPrefix(tag, "<TLINK") && attrs["eventInstanceID"] != "" && attrs["relatedToTime"] != "" && AnchorRelations[attrs["relType"]]:
			links = append(links, [2]string{attrs["relatedToTime"], attrs["eventInstanceID"]})
		}
	}
	for _, l := range links {
		eid := instance[l[1]]
		if _, ok := t.TimexSpans[l[0]]; !ok || dct[l[0]] || eid == "" {
			continue
		}
		if _, ok := t.Events[eid]; !ok {
			continue
		}
		t.Anchors = append(t.Anchors, [2]string{l[0], eid})
	}
}

// tagAttrs reads the name="value" attributes of a tag.
func tagAttrs(tag string) map[string]string {
	attrs := map[string]string{}
	for _, kv := range tmlAttr.FindAllStringSubmatch(tag, -1) {
		attrs[kv[1]] = kv[2]
	}
	return attrs
}

package corpus

import (
	"testing"

	"lede/analyzer/doc"
)

func TestNormTimexValue(t *testing.T) {
	same := [][2]string{
		{"1998-W7", "1998-W07"}, {"199X", "199"}, {"19XX", "19"}, {"1968-XX", "1968"},
		{"1994-XX-XX", "1994"}, {"1998-10-XX", "1998-10"}, {"1989-11-06T17", "1989-11-06T17:00"},
		{"P1E", "P10Y"}, {"P2DE", "P20Y"}, {"P2Q", "P6M"}, {"PXC", "PXCE"}, {"PXE", "PXDE"},
		{"P2L", "P2000Y"}, {"P1Y", "P1Y"}, {"PRESENT_REF", "PRESENT_REF"},
	}
	for _, c := range same {
		if a, b := NormTimexValue(c[0]), NormTimexValue(c[1]); a != b {
			t.Errorf("NormTimexValue(%q) = %q, NormTimexValue(%q) = %q: want equal", c[0], a, c[1], b)
		}
	}
	differ := [][2]string{
		{"1998-W05", "1998-WXX"}, {"1992-05-10", "1992"}, {"198", "1989"}, {"P1W", "P7D"},
		{"1998-10-XXTNI", "1998-10TNI"}, {"XXXX-10", "1998-10"}, {"1989-Q3", "1989"},
	}
	for _, c := range differ {
		if a, b := NormTimexValue(c[0]), NormTimexValue(c[1]); a == b {
			t.Errorf("NormTimexValue(%q) = NormTimexValue(%q) = %q: want different", c[0], c[1], a)
		}
	}
}

// a TimeML document written for the test: a creation time, one expression anchoring one
// event, one BEFORE link (no anchor) and a link to the creation time (left out)
const tinyTimeML = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-02" functionInDocument="CREATION_TIME">March 2, 1998</TIMEX3></DCT>
<TEXT>The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-01">Sunday</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">voted</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l3" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2"/>
</TimeML>`

func TestParseTimeML(t *testing.T) {
	tml, err := ParseTimeML(tinyTimeML)
	if err != nil {
		t.Fatal(err)
	}
	if tml.Text != "The board met Sunday & voted." || tml.DCT != "1998-03-02" {
		t.Fatalf("text %q, DCT %q", tml.Text, tml.DCT)
	}
	if len(tml.Timexes) != 1 || tml.Text[tml.Timexes[0].Start:tml.Timexes[0].End] != "Sunday" || tml.Timexes[0].Value != "1998-03-01" || tml.Timexes[0].Type != "DATE" {
		t.Errorf("timexes %+v", tml.Timexes)
	}
	if e := tml.Events["e2"]; tml.Text[e.Start:e.End] != "voted" {
		t.Errorf("event e2 at %v", e)
	}
	if len(tml.Anchors) != 1 || tml.Anchors[0] != [2]string{"t1", "e1"} {
		t.Errorf("anchors %v, want only t1 -> e1", tml.Anchors)
	}
	if _, err := ParseTimeML("<TimeML></TimeML>"); err == nil {
		t.Errorf("no <TEXT>: want an error")
	}
}

// TestTimexScorePairs: an exact span is strict, an overlapping one relaxed; the value is
// judged under NormTimexValue and as written; an expression paired once is not paired
// again.
func TestTimexScorePairs(t *testing.T) {
	gold := []TimeMLTimex{
		{Span: doc.Span{Start: 0, End: 6}, Type: "DURATION", Value: "P1E"},
		{Span: doc.Span{Start: 10, End: 20}, Type: "DATE", Value: "1998"},
		{Span: doc.Span{Start: 12, End: 14}, Type: "DATE", Value: "1998"},
	}
	sys := []doc.Timex{
		{Span: doc.Span{Start: 0, End: 6}, Type: doc.TimexDuration, Value: doc.DurationValue(10, doc.UnitYear)},
		{Span: doc.Span{Start: 11, End: 20}, Type: doc.TimexDuration},
	}
	var s TimexScore
	pairs, used := s.Add(gold, sys)
	if pairs[0].Sys != 0 || !pairs[0].Strict || !pairs[0].Type || !pairs[0].Value || pairs[0].Exact { // P10Y is P1E, not as written
		t.Errorf("gold 0: %+v (sys value %s)", pairs[0], sys[0].Value)
	}
	if pairs[1].Sys != 1 || pairs[1].Strict || pairs[1].Type || pairs[2].Sys != -1 {
		t.Errorf("gold 1, 2: %+v %+v", pairs[1], pairs[2])
	}
	if !used[0] || !used[1] || s.Relaxed != 2 || s.Strict != 1 || s.TypeOK != 1 || s.Gold != 3 || s.Sys != 2 {
		t.Errorf("score %+v", s)
	}
}

package stance

import (
	"math"
	"testing"

	"lede/analyzer/doc"
)

// A classifier that answers its training prior has learnt nothing of the mention:
// with the prior divided out, every class is as likely.
func TestMentionToneDividesOutThePrior(t *testing.T) {
	p := mentionTone(Sentiment{Label: doc.StanceAgainst, Probs: trainPrior})
	for c, x := range p {
		if math.Abs(x-1.0/3) > 1e-9 {
			t.Errorf("class %d: %.4f, want 1/3", c, x)
		}
	}
}

// The factual-violence rule's neutral target stays neutral in the tone.
func TestMentionToneKeepsFactualViolenceNeutral(t *testing.T) {
	p := mentionTone(Sentiment{Label: doc.StanceNeutral, Probs: [NumClasses]float64{0.7, 0.2, 0.1}})
	if p != [NumClasses]float64{0, 1, 0} {
		t.Errorf("got %v, want neutral", p)
	}
}

// A side must outweigh neutral in the mean, not merely lean: a mostly neutral mention
// leaning positive ("X said", 0.81 neutral) gives a neutral tone; a tie is neutral.
func TestToneLabelIsTheLikeliestClass(t *testing.T) {
	cases := []struct {
		name  string
		obs   [][NumClasses]float64
		label doc.StanceLabel
	}{
		{"leaning but neutral", [][NumClasses]float64{{0.04, 0.81, 0.15}}, doc.StanceNeutral},
		{"tie is neutral", [][NumClasses]float64{{0.5, 0.5, 0}}, doc.StanceNeutral},
		{"two against one", [][NumClasses]float64{{0.7, 0.2, 0.1}, {0.6, 0.3, 0.1}, {0.1, 0.8, 0.1}}, doc.StanceAgainst},
		{"a for edge among factual mentions", [][NumClasses]float64{edgeProbs(doc.StanceFor), {0.1, 0.6, 0.3}}, doc.StanceFor},
	}
	for _, c := range cases {
		var a toneSum
		for i, p := range c.obs {
			a.add(1, p)
			a.obs = append(a.obs, toneSeen{i, p})
		}
		if got := a.tone(0); got.Label != c.label {
			t.Errorf("%s: %v (polarity %.2f), want %v", c.name, got.Label, got.Polarity, c.label)
		}
	}
}

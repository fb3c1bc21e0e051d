package stance

import "lede/analyzer/doc"

// Words of a quote that carry sentiment without judging the subject they follow, so
// that a speaker's words about an actor take no side by them (read by predication and
// clausePredication; written for lede from English usage, not from any corpus):
//
//   - evidential adverbs say how sure the speaker is, not what the subject is worth:
//     "Trump has clearly demonstrated", "he definitely has a case";
//   - experiencer adjectives say how the subject feels: "Fox News is disappointed",
//     "Democrats may be more optimistic", "Manafort had grown disillusioned";
//   - a side-taking verb in the passive reports someone else's act on the subject:
//     "he was criticized for accepting the Purple Heart" is not the speaker's criticism.

var evidentials = setOf("clearly", "certainly", "definitely", "obviously", "surely",
	"undoubtedly", "evidently", "plainly", "indeed", "actually", "absolutely")

var experiencers = setOf("disappointed", "worried", "concerned", "frustrated", "pleased",
	"delighted", "satisfied", "dissatisfied", "upset", "excited", "thrilled", "troubled",
	"disturbed", "saddened", "heartbroken", "disillusioned", "optimistic", "pessimistic",
	"hopeful", "confident", "eager", "willing", "unwilling", "happy", "unhappy", "glad",
	"sad", "afraid", "scared", "nervous", "anxious", "surprised", "shocked", "committed",
	"determined", "relieved", "embarrassed", "ashamed", "impressed", "encouraged",
	"discouraged", "uncomfortable", "comfortable", "interested", "uninterested")

// judgesNothing reports whether token k of the Doc is one of those words (see above).
func (b *builder) judgesNothing(k int) bool {
	t := b.d.Tokens[k]
	if evidentials[t.Lower] || experiencers[t.Lower] {
		return true
	}
	return t.POS == doc.VBN && len(b.preds[t.Lower]) > 0 && k > 0 && passiveBefore(b.d.Tokens[:k+1], k)
}

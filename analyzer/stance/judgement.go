package stance

import (
	"strings"

	"lede/analyzer/doc"
	"lede/analyzer/text"
)

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
	if evidentials[t.Lower] || experiencers[t.Lower] || activityStates[t.Lower] {
		return true
	}
	return t.POS == doc.VBN && b.verbPredicate(t.Lower) && k > 0 && passiveBefore(b.d.Tokens[:k+1], k)
}

// verbPredicate reports whether a side-taking verb starts with word w; a stance
// adjective ("appalled by") is no verb, so "he would be appalled" stays a judgement.
func (b *builder) verbPredicate(w string) bool {
	for _, p := range b.preds.of(w).all() {
		if !p.adj {
			return true
		}
	}
	return false
}

// chargeVerbs charge their subject with a wrong, whatever the lexicon's weight of the
// word ("exaggerates" is a mild -0.15 there): said of an actor in someone's words, they
// are the speaker's accusation ("Reed lied", "Chen exaggerates the figures", "they misled
// voters"). Written for lede from English usage; inflected by text.VerbForms.
var chargeVerbs = verbFormSet("lie/lied/lies/lying", "exaggerate", "mislead/misled", "distort",
	"deceive", "cheat", "steal/stole/stolen", "fabricate", "pander", "scapegoat", "manipulate",
	"betray", "exploit", "rig+g", "fake", "falsify/falsified/falsifies", "misrepresent",
	"scam+m", "defraud", "swindle", "bully/bullied/bullies", "smear")

// chargeScore is the opinion weight a charge verb has as a judgement of its subject.
const chargeScore = -0.6

// activityStates say what the subject is busy with, not what it is worth: "Bush was very
// much engaged on the sanctions", "the office is focused on".
var activityStates = setOf("engaged", "involved", "focused", "busy", "occupied", "preoccupied")

// verbFormSet is the set of every form of each entry (text.VerbForms).
func verbFormSet(entries ...string) map[string]bool {
	out := map[string]bool{}
	for _, e := range entries {
		for _, f := range text.VerbForms(e) {
			out[f] = true
		}
	}
	return out
}

// judgementScore is word w's opinion weight as what a clause says of its subject: a
// charge verb's chargeScore, else the lexicon's.
func judgementScore(lex *Lexicon, w string) (score float32, event, ok bool) {
	if chargeVerbs[w] {
		return chargeScore, false, true
	}
	if score, event, ok = lex.Score(w); ok {
		return score, event, ok
	}
	// a quality's noun weighs as its adjective: "consistency" as "consistent",
	// "competence" as "competent", "arrogance" as "arrogant"
	for _, suf := range [...][2]string{{"ency", "ent"}, {"ence", "ent"}, {"ancy", "ant"}, {"ance", "ant"}} {
		if stem, found := strings.CutSuffix(w, suf[0]); found && len(stem) >= 4 {
			return lex.Score(stem + suf[1])
		}
	}
	return 0, false, false
}

// sideTakers name people by the side they take on someone ("Reed's critics", "her
// allies"): the possessor of such a noun is the one they take a side on, not the one the
// sentence judges ("Reed's critics are dishonest" judges the critics, and is no stance
// on Reed). The agent nouns of predicates.txt's noun predicates, and their synonyms;
// written for lede from English usage.
var sideTakers = setOf("critic", "critics", "detractor", "detractors", "opponent", "opponents",
	"foe", "foes", "enemy", "enemies", "adversary", "adversaries", "rival", "rivals",
	"supporter", "supporters", "backer", "backers", "ally", "allies", "admirer", "admirers",
	"fan", "fans", "defender", "defenders", "champion", "champions", "loyalist", "loyalists")

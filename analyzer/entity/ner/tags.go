// Package ner is the entity tagger's model apart from its features: the BIO tags,
// Viterbi decoding, the weight file read in place from the embedded bytes, and the
// CoNLL-2003 reader and scorer that training and evaluation share. Package entity
// computes the features (they need its word lists) and sums these weights.
package ner

// Tags are BIO labels over the four entity types.
const (
	O = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	BMisc
	IMisc
	NTags
)

// Names are the CoNLL spellings of the tags.
var Names = [NTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// Of parses a CoNLL tag (an IOB1 I- at an entity start is read as B- by the caller);
// an unknown spelling is O.
func Of(s string) int {
	for i, n := range Names {
		if n == s {
			return i
		}
	}
	return O
}

// Allowed reports whether tag cur may follow prev (prev == NTags: sentence start):
// an I-X continues a B-X or I-X of the same type.
func Allowed(prev, cur int) bool {
	if cur == O || cur%2 == 1 {
		return true
	}
	return prev != NTags && prev != O && (prev+1)/2 == cur/2
}

// Package entity finds named mentions and resolves them into actors.
//
// Recognize tags names with an averaged structured perceptron (BIO tags, Viterbi) whose
// model and word lists tools/train-ner derives from the shared data; Resolve merges the
// names of one referent into an actor, reads roles and gender, and links pronouns and
// role nouns to actors.
package entity

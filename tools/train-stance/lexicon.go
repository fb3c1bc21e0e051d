package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// notOpinion are words that general sentiment lexicons score but that, in news, name
// people, parties, institutions and offices, are function words, or belong to the
// formulas of reporting: "United States", "Justice Department", "intelligence chief",
// "Trump", "like", "declined to comment".
var notOpinion = setOf("united", "justice", "intelligence", "liberal", "liberals",
	"conservative", "conservatives", "trump", "patriot", "patriots", "republic",
	"democratic", "democrat", "democrats", "progressive", "progressives", "security",
	"defense", "defence", "supreme", "party", "chief", "grand", "gold", "like", "likes",
	"liked", "well", "care", "affordable", "pro", "freedom", "liberty", "honor", "honour",
	"reform", "reformed", "independent", "sovereign", "majority", "prime", "premier",
	"saint", "st", "christ", "god", "lord", "bless", "glory", "pride", "prize", "award",
	"fed", "reserve", "capital", "fund", "funds", "benefit", "benefits", "interest",
	"interests", "credit", "trust", "medal", "gracious", "merit", "welfare", "wealth",
	"ok", "okay", "yes", "no", "not", "please", "thank", "thanks", "cancer", "hell",
	"dick", "rich", "black", "white", "green", "joy", "hope", "faith", "grace", "harmony",
	"victory", "champion", "hero", "heroes", "constitutional", "legal", "illegal",
	"immigrant", "immigrants", "alien", "aliens", "vice",
	// news formulas: "declined to comment", "was unavailable for comment"
	"decline", "declines", "declined", "unavailable")

// eventWords report violence, death or disaster: facts of the story, not a stance
// toward an actor. They stay in the lexicon, flagged, so that the model weighs them
// apart from opinion words.
var eventWords = setOf("kill", "kills", "killed", "killing", "killings", "dead", "death",
	"deaths", "die", "died", "dies", "dying", "war", "wars", "attack", "attacks",
	"attacked", "bomb", "bombs", "bombing", "bombings", "bombed", "shooting", "shootings",
	"shot", "shoot", "wounded", "wound", "injured", "injuries", "injury", "crash", "crashed",
	"violence", "violent", "murder", "murdered", "murders",
	"casualties", "casualty", "victim", "victims", "explosion", "explosions", "terror",
	"terrorist", "terrorists", "terrorism", "hostage", "hostages", "invasion", "invade",
	"invaded", "fighting", "fight", "fought", "conflict", "conflicts", "crisis", "storm",
	"flood", "floods", "earthquake", "collapse", "collapsed", "arrest", "arrested",
	"prison", "jail", "jailed", "sentenced", "convicted", "crime", "crimes", "criminal",
	"weapon", "weapons", "gun", "guns", "fire", "fires", "burned", "destroyed",
	"destruction", "emergency", "massacre", "poverty", "disease",
	"pandemic", "recession", "abuse", "assault", "assaulted", "rape", "raped", "riot",
	"riots", "protest", "protests", "protesters", "strike", "strikes", "missile", "missiles",
	"troops", "threat", "threats", "danger", "dangerous", "risk", "risks", "loss", "losses",
	"lost", "fear", "fears", "feared", "worry", "worries", "worried", "concern", "concerns",
	"concerned")

// buildLexicon merges VADER (mean rating -4..4, scaled to -1..1) and Hu & Liu (+-1,
// weighted 0.5 where VADER has no entry) into "word TAB score [TAB e]" lines, sorted.
func buildLexicon(dataDir string) (string, error) {
	scores := map[string]float64{}
	vader, err := readLines(filepath.Join(dataDir, "lexicons", "vader", "vader_lexicon.txt"))
	if err != nil {
		return "", err
	}
	for _, line := range vader {
		f := strings.Split(line, "\t")
		if len(f) < 2 || !isWord(f[0]) {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		scores[strings.ToLower(f[0])] = v / 4
	}
	for _, side := range []struct {
		file string
		v    float64
	}{{"positive-words.txt", 0.5}, {"negative-words.txt", -0.5}} {
		lines, err := readLines(filepath.Join(dataDir, "lexicons", "huliu_opinion", side.file))
		if err != nil {
			return "", err
		}
		for _, w := range lines {
			w = strings.TrimSpace(w)
			if w == "" || strings.HasPrefix(w, ";") || !isWord(w) {
				continue
			}
			if _, ok := scores[w]; !ok {
				scores[w] = side.v
			}
		}
	}
	words := make([]string, 0, len(scores))
	for w := range scores {
		if !notOpinion[w] {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	for _, w := range words {
		s := max(-1, min(1, scores[w]))
		fmt.Fprintf(&b, "%s\t%.2f", w, s)
		if eventWords[w] {
			b.WriteString("\te")
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// isWord keeps lexicon entries that the tokenizer can produce as one word token:
// letters with inner hyphens or apostrophes (no emoticons, no spaces).
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for i, r := range w {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		inner := (r == '-' || r == '\'') && i > 0 && i < len(w)-1
		if !letter && !inner {
			return false
		}
	}
	return true
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

package stance

// anchorFeatures are features anchored on the target beyond its immediate neighbours
// (features.go has those):
//
//	w     words three to five places from the target, by side: "w:R2 resigned"
//	lw    each opinion word of the sentence by side and clause: "lw:Rc corrupt"
//	      (R right of the target, c in its clause, o in another)
//	lx    opinion sums weighted by nearness (1/(1+distance in words)), and the target
//	      clause's opinion left and right of the target
func anchorFeatures(w *window, emit Emit) {
	words, info, tpos := w.words, w.info, w.tpos
	tclause := clauseOf(w, tpos)
	clause := 0
	var weighted, cleft, cright float32
	for j, wd := range words {
		if w.isBreak(j) {
			clause++
		}
		if j == tpos {
			continue
		}
		d, left := j-tpos, j < tpos
		if left {
			d = -d
		}
		if d >= 3 && d <= 5 && info[j].flags&clsPunct == 0 {
			emit("w", sideBuckets[b2i(!left)*3+1], bagWord(w, j), 1)
		}
		if !info[j].inLex || info[j].event {
			continue
		}
		s := info[j].lex
		if info[j].negated {
			s = -0.7 * s
		}
		inClause := clause == tclause
		if inClause {
			if left {
				cleft += s
			} else {
				cright += s
			}
		}
		emit("lw", sideClause[b2i(!left)*2+b2i(!inClause)], wd, 1)
		weighted += s / float32(1+d)
	}
	emit("lx", "weighted", "", squash(2*weighted))
	emit("lx", "cleft", "", squash(cleft))
	emit("lx", "cright", "", squash(cright))
}

// sideClause names an opinion word's side of the target and whether it is in the
// target's clause, without building a string per word.
var sideClause = [...]string{"Lc", "Lo", "Rc", "Ro"}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

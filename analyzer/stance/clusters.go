package stance

import (
	"strconv"
	"strings"
)

// Cluster features: the GloVe clusters of the words around the target (the actors
// stage's word representations, derived from GloVe 6B by tools/derive-lists), so that a
// word NewsMTSC train never had ("excoriated") shares weights with the words of its
// cluster ("lambasted", "denounced"). In 5-fold cross-validation on NewsMTSC train
// (tools/train-stance -cv 5 -seeds 4) none of them helped: mean F1m 0.6742 without,
// 0.6734 with all, 0.6736-0.6738 leaving out e, ec or en+ep, 0.6750 with en+ep alone;
// that last, trained on all of train, scored dev_rw F1m 0.697 and dev_mt 0.699 (0.707 and
// 0.698 without, on the same segmentation); so the committed model is trained without
// them (-clusters=false) and the scorer leaves them out (UsesClusters).
//
//	e    the mid cluster of each word within two of the target, by side
//	ec   the coarse cluster of each word of the target's clause
//	en   the mid cluster of the nearest content word after the target; ep before it

// clusterNames are the decimal names of the cluster numbers, built once so that the
// scorer's features do not allocate.
var clusterNames = func() []string {
	out := make([]string, 1024)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

func clusterName(c uint16) string {
	if int(c) < len(clusterNames) {
		return clusterNames[c]
	}
	return strconv.Itoa(int(c))
}

// clusterFeatures emits the cluster features of the window's target; tclause is the
// target's clause number (clauseOf).
func clusterFeatures(w *window, tclause int, emit Emit) {
	words, info, tpos := w.words, w.info, w.tpos
	clause := 0
	for j := range words {
		if w.isBreak(j) {
			clause++
		}
		if j == tpos || !info[j].hasRep || info[j].name {
			continue
		}
		if d := j - tpos; d >= -2 && d <= 2 {
			emit("e", sideBucket(j, tpos), clusterName(info[j].mid), 1)
		}
		if clause == tclause {
			emit("ec", clusterName(info[j].coarse), "", 1)
		}
	}
	if j := nextContent(w, tpos, 1); j >= 0 && info[j].hasRep {
		emit("en", clusterName(info[j].mid), "", 1)
	}
	if j := nextContent(w, tpos, -1); j >= 0 && info[j].hasRep {
		emit("ep", clusterName(info[j].mid), "", 1)
	}
}

// isClusterKey reports a model key of a cluster feature.
func isClusterKey(key string) bool {
	kind, _, _ := strings.Cut(key, ":")
	switch kind {
	case "e", "ec", "en", "ep":
		return true
	}
	return false
}

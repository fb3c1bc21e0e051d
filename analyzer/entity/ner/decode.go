package ner

// Transitions are the tag bigram weights: [prev][cur], prev == NTags at sentence start.
type Transitions [NTags + 1][NTags]float32

// Decode finds the best tag sequence for n tokens given emission scores emit[i*NTags+t]
// and transition weights, honouring the BIO constraint; it writes the tags to out.
func Decode(emit []float32, n int, tr *Transitions, out []uint8) {
	if n == 0 {
		return
	}
	var stack [64 * NTags]float32
	var backStack [64 * NTags]uint8
	score, back := stack[:], backStack[:]
	if n > 64 {
		score, back = make([]float32, n*NTags), make([]uint8, n*NTags)
	}
	for t := 0; t < NTags; t++ {
		if Allowed(NTags, t) {
			score[t] = emit[t] + tr[NTags][t]
		} else {
			score[t] = decodeNeg
		}
	}
	// the same recurrence as over each tag's allowed predecessors (see decodeReference), the five steps into O and B-X side by
	// side (one pass over the predecessors, the running maxima in registers). Ties and order are as over them (the first
	// best predecessor wins), so the result is the same.
	for i := 1; i < n; i++ {
		prev := (*[NTags]float32)(score[(i-1)*NTags:])
		cur := (*[NTags]float32)(score[i*NTags:])
		em := (*[NTags]float32)(emit[i*NTags:])
		bk := (*[NTags]uint8)(back[i*NTags:])
		const _ = uint(NTags-9) + uint(9-NTags) // the tags below are the nine of BIO over four types
		// O and B-X may follow any tag: the best predecessor of each, over p in order
		// (the first best wins), five running maxima side by side
		bO, bBPer, bBOrg, bBLoc, bBMisc := decodeNeg, decodeNeg, decodeNeg, decodeNeg, decodeNeg
		var aO, aBPer, aBOrg, aBLoc, aBMisc uint8
		for p := uint8(0); p < NTags; p++ {
			v, row := prev[p], &tr[p]
			if s := v + row[O]; s > bO {
				bO, aO = s, p
			}
			if s := v + row[BPer]; s > bBPer {
				bBPer, aBPer = s, p
			}
			if s := v + row[BOrg]; s > bBOrg {
				bBOrg, aBOrg = s, p
			}
			if s := v + row[BLoc]; s > bBLoc {
				bBLoc, aBLoc = s, p
			}
			if s := v + row[BMisc]; s > bBMisc {
				bBMisc, aBMisc = s, p
			}
		}
		cur[O], bk[O] = bO+em[O], aO
		cur[BPer], bk[BPer] = bBPer+em[BPer], aBPer
		cur[BOrg], bk[BOrg] = bBOrg+em[BOrg], aBOrg
		cur[BLoc], bk[BLoc] = bBLoc+em[BLoc], aBLoc
		cur[BMisc], bk[BMisc] = bBMisc+em[BMisc], aBMisc
		// I-X only after B-X or I-X
		cur[IPer], bk[IPer] = bestInside(prev, tr, IPer, em[IPer])
		cur[IOrg], bk[IOrg] = bestInside(prev, tr, IOrg, em[IOrg])
		cur[ILoc], bk[ILoc] = bestInside(prev, tr, ILoc, em[ILoc])
		cur[IMisc], bk[IMisc] = bestInside(prev, tr, IMisc, em[IMisc])
	}
	best, arg := decodeNeg, 0
	for t := 0; t < NTags; t++ {
		if s := score[(n-1)*NTags+t]; s > best {
			best, arg = s, t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(back[i*NTags+arg])
	}
}

// decodeNeg is the score of an impossible path.
const decodeNeg = float32(-1e30)

// bestInside is the Viterbi step into I-X (tag t), which only B-X (t-1) or I-X itself
// may precede: the best of the two plus em, and which one (0 when neither beats
// decodeNeg, as a loop from decodeNeg gives).
func bestInside(prev *[NTags]float32, tr *Transitions, t int, em float32) (float32, uint8) {
	best, arg := decodeNeg, uint8(0)
	if s := prev[t-1] + tr[t-1][t]; s > best {
		best, arg = s, uint8(t-1)
	}
	if s := prev[t] + tr[t][t]; s > best {
		best, arg = s, uint8(t)
	}
	return best + em, arg
}

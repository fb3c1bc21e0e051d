package text

import "lede/analyzer/doc"

// Annotate computes the language layer on a segmented Doc: each token's word classes and
// part of speech, the base phrases (d.Chunks) and the clauses (d.Clauses). Segment calls
// it; a caller that builds tokens itself (a corpus reader) calls it after.
func Annotate(d *doc.Doc) {
	classify(d.Tokens)
	posOnce.Do(loadPOS)
	chunkOnce.Do(loadChunk)
	d.Chunks, d.Clauses = d.Chunks[:0], d.Clauses[:0]
	// sized once, a little above what news needs (0.52 phrases and 0.11 clauses a token
	// in 2 MB of BBC news): a slice grown by append on a long text leaves each smaller
	// copy behind (Clauses from empty: about 4 times its final size, 19 MB for 2 MB)
	if cap(d.Chunks) == 0 {
		d.Chunks = make([]doc.Chunk, 0, len(d.Tokens)*9/16+1)
	}
	if cap(d.Clauses) == 0 {
		d.Clauses = make([]doc.Clause, 0, len(d.Tokens)/8+1)
	}
	sc := getScratch()
	defer putScratch(sc)
	tags := sc.tags
	for si, s := range d.Sentences {
		doc.Yield(si)
		toks := d.Tokens[s.FirstToken:s.EndToken]
		TagPOS(posModel, posDict, toks, sc.pos)
		tags = TagChunks(chunkModel, toks, sc.chunk, tags[:0])
		c0 := len(d.Chunks)
		d.Chunks = AppendChunks(toks, s.FirstToken, tags, d.Chunks)
		clauseSentence(d, si, c0, len(d.Chunks))
	}
	sc.tags = tags
}

// annotateScratch is the taggers' working space, kept from one document to the next so
// that their memos carry over (see tagger.Memo): a few are kept (not a sync.Pool, which
// each collection empties), one per document being annotated at once.
type annotateScratch struct {
	pos   *POSScratch
	chunk *ChunkScratch
	tags  []ChunkTag
}

var spareScratch = make(chan *annotateScratch, 4)

func getScratch() *annotateScratch {
	select {
	case sc := <-spareScratch:
		return sc
	default:
		return &annotateScratch{pos: NewPOSScratch(posModel), chunk: NewChunkScratch(chunkModel)}
	}
}

func putScratch(sc *annotateScratch) {
	select {
	case spareScratch <- sc:
	default: // enough are kept
	}
}

// ForgetTaggerMemos lets go of the kept working space, memos and all (about 9 MiB at
// their bounds): a caller short of memory (the analyzer in wasm after tagging a long
// text, which has repaid the memos by itself) frees it for the stages after tagging,
// and the next document fills new memos as the first one did.
func ForgetTaggerMemos() {
	for {
		select {
		case <-spareScratch:
		default:
			return
		}
	}
}

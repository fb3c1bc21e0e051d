package doc

import (
	"testing"
	"unsafe"
)

// TokenAt returns the first token ending after the offset, for offsets before, inside,
// between and after the tokens, and on an empty document.
func TestTokenAt(t *testing.T) {
	d := &Doc{Text: "ab  cd e", Tokens: []Token{
		{Span: Span{Start: 0, End: 2}}, {Span: Span{Start: 4, End: 6}}, {Span: Span{Start: 7, End: 8}},
	}}
	want := map[int]int{-1: 0, 0: 0, 1: 0, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3, 9: 3}
	for off, w := range want {
		if got := d.TokenAt(off); got != w {
			t.Errorf("TokenAt(%d) = %d, want %d", off, got, w)
		}
	}
	if got := (&Doc{}).TokenAt(3); got != 0 {
		t.Errorf("empty doc: TokenAt(3) = %d, want 0", got)
	}
}

func TestTokenStaysSmall(t *testing.T) {
	// a Doc holds one Token per word: the layout is chosen to stay at 64 bytes on 64-bit
	// platforms (and smaller on wasm32's 4-byte ints)
	if n := unsafe.Sizeof(Token{}); n > 64 {
		t.Errorf("Token is %d bytes, want at most 64", n)
	}
}

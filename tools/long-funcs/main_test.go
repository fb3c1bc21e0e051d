package main

import (
	"strings"
	"testing"
)

func TestLongFuncs(t *testing.T) {
	body := strings.Repeat("\tx++\n", 5)
	src := "package p\n\ntype T struct{}\n\nfunc short() {}\n\nfunc (t *T) long() {\n\tx := 0\n" + body + "\t_ = x\n}\n"
	got, err := longFuncs("p.go", []byte(src), 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].name != "T.long" || got[0].line != 7 || got[0].lines != 9 {
		t.Errorf("got %+v, want T.long at line 7, 9 lines", got)
	}
	if got, _ := longFuncs("p.go", []byte(src), 9); len(got) != 0 {
		t.Errorf("at -max 9: %+v", got)
	}
}

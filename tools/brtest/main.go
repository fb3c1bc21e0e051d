package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/andybalholm/brotli"
)

func main() {
	raw, _ := os.ReadFile(os.Args[1])
	for _, q := range []int{9, 10, 11} {
		t := time.Now()
		var b bytes.Buffer
		w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: q, LGWin: 24})
		w.Write(raw)
		w.Close()
		fmt.Println(q, b.Len(), time.Since(t))
	}
}

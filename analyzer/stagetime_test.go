package analyzer

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkStages runs BenchmarkAnalyze's article and reports each stage's CPU time
// (the process's, as cpu-MB/s: other work on a shared machine does not count) as a
// metric of its own, in ns per op (segment, entity, actors, quote, ..., report), so that
// a profile's gain can be read against the stage it is in.
func BenchmarkStages(b *testing.B) {
	text := strings.Repeat(sample+"\n\n", 100)
	if _, err := Analyze(sample, Options{RefDate: "2025-03-04"}); err != nil {
		b.Fatal(err)
	}
	benchmarkStages(b, []string{text})
}

// BenchmarkStagesArticles is BenchmarkStages over the real news of
// BenchmarkAnalyzeArticles, one article at a time.
func BenchmarkStagesArticles(b *testing.B) {
	benchmarkStages(b, newsArticles(b))
}

func benchmarkStages(b *testing.B, texts []string) {
	bytes := 0
	for _, t := range texts {
		bytes += len(t)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	took := map[string]time.Duration{}
	var order []string
	var began time.Duration
	onStage = func(name string, begins bool) {
		if begins {
			began = cpuTime()
			return
		}
		if _, seen := took[name]; !seen {
			order = append(order, name)
		}
		took[name] += cpuTime() - began
	}
	defer func() { onStage = nil }()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Analyze(t, Options{RefDate: "2025-03-04"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, name := range order {
		b.ReportMetric(float64(took[name].Nanoseconds())/float64(b.N), strings.ReplaceAll(name, " ", "-")+"-cpu-ns/op")
	}
}
